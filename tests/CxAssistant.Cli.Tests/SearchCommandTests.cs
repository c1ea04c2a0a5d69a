using System.Text.Json;

namespace CxAssistant.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string IngestedWorkspace()
    {
        var workspace = Path.Combine(_folder.Path, "T");
        var ingest = CxProcess.Run("ingest", "samples/trailhead-outfitters", "--workspace", workspace, "--quiet");
        Assert.Equal(0, ingest.ExitCode);
        return workspace;
    }

    [Fact]
    public void Search_RefundQuery_PrintsRefundHitWithSourceAndRecordId()
    {
        var workspace = IngestedWorkspace();

        var result = CxProcess.Run("search", "refund took weeks", "--workspace", workspace, "--top", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("new chunk(s) for search", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("1. \"", result.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"(?i)refund", result.StdOut);
        Assert.Matches(@"\S+\.(csv|jsonl|txt|vtt|md):\d+\s+record \S+", result.StdOut);
    }

    [Fact]
    public void Search_Json_HitsMentionRefundWithSourceAndRecordId()
    {
        var workspace = IngestedWorkspace();

        var result = CxProcess.Run("search", "refund took weeks", "--workspace", workspace, "--top", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        var hits = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 5);
        Assert.Contains(hits, h => h.GetProperty("text").GetString()!.Contains("refund", StringComparison.OrdinalIgnoreCase)
                                   && h.GetProperty("source").GetString()!.Length > 0
                                   && h.GetProperty("recordId").GetString()!.Length > 0);
    }

    [Fact]
    public void Search_ChannelSocial_ReturnsOnlySocialHits()
    {
        var workspace = IngestedWorkspace();

        var result = CxProcess.Run("search", "refund took weeks", "--workspace", workspace, "--top", "10", "--channel", "social", "--json");

        Assert.Equal(0, result.ExitCode);
        var hits = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("social", h.GetProperty("channel").GetString()));
    }

    [Fact]
    public void Search_SecondRun_DoesNotReindex()
    {
        var workspace = IngestedWorkspace();
        CxProcess.Run("search", "late delivery", "--workspace", workspace);

        var second = CxProcess.Run("search", "late delivery", "--workspace", workspace);

        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("new chunk(s)", second.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MissingWorkspace_ExitsOneWithMessage()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var result = CxProcess.Run("search", "refund", "--workspace", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a workspace", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Search_BadSinceDate_ExitsOne()
    {
        var result = CxProcess.Run("search", "refund", "--workspace", _folder.Path, "--since", "23/11/2026");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("yyyy-mm-dd", result.StdErr, StringComparison.Ordinal);
    }
}
