namespace CxAssistant.Cli.Tests;

/// <summary>Bad input gets a clear error naming the file, line and problem; good files are still analysed.</summary>
public sealed class AnalyzeBadInputTests
{
    private const string GoodCsv = """
        id,comment,nps
        1,"Delivery was late again and nobody answered the phone",2
        2,"Lovely staff, the checkout was quick",9
        3,"Package arrived damaged, still waiting for a refund",3
        """;

    [Fact]
    public void Analyze_MixedGoodAndBadFiles_AnalysesGoodOnesAndNamesEachBadOne()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.File("good.csv", GoodCsv);
        input.File("broken.json", "[{\"text\": \"fine\"},\n {\"text\": \"oops\" ");
        input.File("empty.csv", "");
        input.File("binary.csv", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x9C, 0x00, 0x00, 0x13]);

        var result = CxProcess.Run("analyze", input.Path, "--out", output.Path);

        Assert.Equal(2, result.ExitCode); // completed with errors
        Assert.Contains("broken.json", result.StdErr);
        Assert.Contains("empty.csv", result.StdErr);
        Assert.Contains("binary.csv", result.StdErr);
        Assert.Matches(@"broken\.json:\d+", result.StdErr); // the line of the JSON error
        var (_, rows) = CsvFile.Read(Path.Combine(output.Path, "annotations.csv"));
        Assert.Equal(3, rows.Count);
        var report = File.ReadAllText(Path.Combine(output.Path, "report.md"));
        Assert.Contains("Skipped inputs", report);
        Assert.Contains("broken", report);
    }

    [Fact]
    public void Analyze_NoTextColumn_FailsNamingTheFileAndTheColumns()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        var file = input.File("scores.csv", "id,nps\n1,9\n2,3\n");

        var result = CxProcess.Run("analyze", file, "--out", output.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scores.csv", result.StdErr);
        Assert.Contains("--text-column", result.StdErr);
        Assert.False(File.Exists(Path.Combine(output.Path, "report.md")));
    }

    [Fact]
    public void Analyze_TextColumnOverrideToUnknownColumn_ListsAvailableColumns()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        var file = input.File("feedback.csv", GoodCsv);

        var result = CxProcess.Run("analyze", file, "--text-column", "verbatim", "--out", output.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("verbatim", result.StdErr);
        Assert.Contains("comment", result.StdErr);
    }

    [Fact]
    public void Analyze_ScriptInReview_IsShownAsTextInHtml()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        var file = input.File(
            "reviews.csv",
            "id,review,stars\n1,\"<script>alert('xss')</script> delivery was "
                + "terribly late\",1\n2,\"great checkout\",5\n"
        );

        var result = CxProcess.Run("analyze", file, "--out", output.Path);

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(Path.Combine(output.Path, "report.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Analyze_UnpairedOutcomeColumns_FailsBeforeReadingAnything()
    {
        var result = CxProcess.Run(
            "analyze",
            "samples/bloom-and-crumb",
            "--importance-columns",
            "a,b",
            "--satisfaction-columns",
            "c"
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("same number of columns", result.StdErr + result.StdOut);
    }

    [Fact]
    public void Analyze_UnknownPreset_FailsWithTheKnownPresets()
    {
        var result = CxProcess.Run("analyze", "samples", "--preset", "spaceship");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ecommerce", result.StdErr + result.StdOut);
    }

    [Fact]
    public void Analyze_ChannelThatIsNeitherAChannelNorAColumn_StopsBeforeAnyWorkWithTheValidValues()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.File("good.csv", GoodCsv);
        input.File("notes.txt", "The courier was friendly.");

        var result = CxProcess.Run("analyze", input.Path, "--out", output.Path, "--channel", "carrier-pigeon");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'carrier-pigeon'", error, StringComparison.Ordinal);
        Assert.Contains("support-call", error, StringComparison.Ordinal); // the channels
        Assert.Contains("comment", error, StringComparison.Ordinal); // the columns the file has
        Assert.DoesNotContain("Reading files", result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Analyze_ChannelNamingAColumn_IsAccepted()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.File("good.csv", "id,comment,source\n1,\"Delivery was late again\",Phone\n2,\"Lovely staff\",Email\n");

        var result = CxProcess.Run("analyze", input.Path, "--out", output.Path, "--channel", "source", "--quiet");

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("AzureOpenAI")]
    [InlineData("Ollama")]
    public void Analyze_ProviderAsTheConfigurationSpellsIt_IsAccepted(string provider)
    {
        // --dry-run plans the model calls for the provider and sends nothing: the value got past the parser.
        var result = CxProcess.Run("analyze", "samples/bloom-and-crumb", "--provider", provider, "--dry-run");

        Assert.DoesNotContain("Unknown provider", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Analyze_UnknownProvider_OneLineWithTheValidNames()
    {
        var result = CxProcess.Run("analyze", "samples/bloom-and-crumb", "--provider", "gpt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "Unknown provider 'gpt'. Choose one of: offline, azure, openai, ollama.",
            result.StdErr,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Usage:", result.StdErr + result.StdOut, StringComparison.Ordinal);
    }
}
