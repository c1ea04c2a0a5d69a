using System.Text.Json;

namespace CxAssistant.Cli.Tests;

public sealed class AskCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Workspace() => _folder.IngestedWorkspace();

    [Fact]
    public void Ask_Json_AnswerWithCitationsThatNameRecords()
    {
        var workspace = Workspace();

        var result = CxProcess.Run("ask", "what annoys my customers most?", "--json", "--workspace", workspace);

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("annoyances", root.GetProperty("intent").GetString());
        Assert.Contains("Returns & exchanges", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c =>
            Assert.True(c.GetProperty("line").GetInt32() > 0 && c.GetProperty("quote").GetString()!.Length > 0)
        );
    }

    [Fact]
    public void Ask_OutOfScope_SaysSo()
    {
        var workspace = Workspace();

        var result = CxProcess.Run("ask", "forecast my NPS for next year", "--workspace", workspace);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Offline mode cannot answer that", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ModelUnreachable_AnswersOfflineAndSaysWhy()
    {
        var workspace = Workspace();
        var environment = new Dictionary<string, string>
        {
            ["CxAssistant__Chat__OpenAI__ApiKey"] = "sk-test-not-a-real-key",
            ["CxAssistant__Chat__OpenAI__Model"] = "gpt-4o-mini",
            ["CxAssistant__Chat__OpenAI__BaseUrl"] = "http://127.0.0.1:9/v1",
            ["CxAssistant__Chat__Resilience__MaxRetries"] = "0",
        };

        var result = CxProcess.RunWith(
            environment,
            "ask",
            "what annoys my customers most?",
            "--json",
            "--workspace",
            workspace,
            "--provider",
            "openai"
        );

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal("offline", root.GetProperty("mode").GetString());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f =>
            f.GetString()!.Contains("127.0.0.1:9", StringComparison.Ordinal)
        );
        Assert.NotEmpty(root.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public void Ask_ProviderWithoutKey_ExitsOneNamingTheKey()
    {
        var workspace = Workspace();

        var result = CxProcess.RunWith(
            new Dictionary<string, string> { ["CxAssistant__Chat__Provider"] = "OpenAI" },
            "ask",
            "what should I fix first?",
            "--workspace",
            workspace
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CxAssistant:Chat:OpenAI:ApiKey", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Preset_AnswersFromThatPresetsTouchpoints()
    {
        var workspace = Workspace();

        var result = CxProcess.Run(
            "ask",
            "what should I fix first?",
            "--json",
            "--workspace",
            workspace,
            "--preset",
            "Restaurant"
        );

        Assert.Equal(0, result.ExitCode);
        var text = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("text").GetString()!;
        var restaurant = CxAssistant
            .Analysis.Touchpoints.Presets.Get("restaurant")
            .Touchpoints.Select(t => t.Name)
            .ToList();
        Assert.Contains(restaurant, name => text.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain("Returns & exchanges", text, StringComparison.Ordinal); // the sample's own catalog
    }

    [Fact]
    public void Ask_UnknownPreset_OneLineErrorWithValidNamesNoHelp()
    {
        var workspace = Workspace();

        var result = CxProcess.Run("ask", "what should I fix first?", "--workspace", workspace, "--preset", "bakery");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unknown preset 'bakery'. Choose one of: ecommerce", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.StdErr + result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_BrokenCatalog_NamesFileAndLineBeforeAnalysing()
    {
        var workspace = Workspace();
        var catalog = Path.Combine(_folder.Path, "broken.yaml");
        File.WriteAllText(catalog, "touchpoints:\n  - name: Front desk\n    stage: [unclosed\n");

        var result = CxProcess.Run("ask", "what should I fix first?", "--workspace", workspace, "--catalog", catalog);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"broken\.yaml, line \d", result.StdErr);
        Assert.DoesNotContain("Annotating", result.StdErr, StringComparison.Ordinal);
    }
}
