namespace CxAssistant.Cli.Tests;

/// <summary>
/// `cx analyze --provider …` end to end through the real binary, configured by environment variables as a user would.
/// </summary>
public sealed class AnalyzeWithModelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Analyze_OpenAIWithoutKey_StopsBeforeAnalysingAndNamesTheKey()
    {
        var output = Path.Combine(_folder.Path, "out");

        var result = CxProcess.RunWith(
            new Dictionary<string, string> { ["CxAssistant__Chat__OpenAI__ApiKey"] = "" },
            "analyze",
            "samples/bloom-and-crumb",
            "--out",
            output,
            "--provider",
            "openai",
            "--quiet"
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CxAssistant:Chat:OpenAI:ApiKey", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Analyze_ModelUnreachable_WritesTheOfflineReportAndSaysEveryDraftFellBack()
    {
        var output = Path.Combine(_folder.Path, "out");
        var environment = new Dictionary<string, string>
        {
            ["CxAssistant__Chat__OpenAI__ApiKey"] = "sk-test-not-a-real-key",
            ["CxAssistant__Chat__OpenAI__BaseUrl"] = "http://127.0.0.1:9/v1",
            ["CxAssistant__Chat__OpenAI__Model"] = "gpt-4o-mini",
            ["CxAssistant__Chat__Resilience__MaxRetries"] = "0",
        };

        var result = CxProcess.RunWith(
            environment,
            "analyze",
            "samples/bloom-and-crumb",
            "--out",
            output,
            "--provider",
            "openai",
            "--quiet",
            "--no-cache"
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("offline draft kept", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-not-a-real-key", result.StdErr + result.StdOut, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("degraded", report, StringComparison.Ordinal);
        Assert.Contains("by CxAssistant, OpenAI model gpt-4o-mini", report, StringComparison.Ordinal);
        Assert.DoesNotContain("offline provider", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "analysis.json")));
    }
}
