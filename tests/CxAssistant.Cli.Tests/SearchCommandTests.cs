using System.Text.Json;

namespace CxAssistant.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string IngestedWorkspace(bool index = true)
    {
        var workspace = Path.Combine(_folder.Path, "T");
        var ingest = index
            ? CxProcess.Run("ingest", "samples/trailhead-outfitters", "--workspace", workspace, "--quiet")
            : CxProcess.Run(
                "ingest",
                "samples/trailhead-outfitters",
                "--workspace",
                workspace,
                "--quiet",
                "--no-index"
            );
        Assert.Equal(0, ingest.ExitCode);
        return workspace;
    }

    [Fact]
    public void Search_RefundQuery_PrintsRefundHitWithSourceAndRecordId()
    {
        var workspace = IngestedWorkspace(index: false);

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
        Assert.Contains(hits, h =>
            h.GetProperty("text").GetString()!.Contains("refund", StringComparison.OrdinalIgnoreCase)
            && h.GetProperty("source").GetString()!.Length > 0
            && h.GetProperty("recordId").GetString()!.Length > 0
        );
    }

    [Fact]
    public void Search_ChannelSocial_ReturnsOnlySocialHits()
    {
        var workspace = IngestedWorkspace();

        var result = CxProcess.Run(
            "search",
            "refund took weeks",
            "--workspace",
            workspace,
            "--top",
            "10",
            "--channel",
            "social",
            "--json"
        );

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
    public void Search_TouchpointAndSentimentFilters_ReturnOnlyMatchingTaggedHits()
    {
        var workspace = IngestedWorkspace();

        var result = CxProcess.Run(
            "search",
            "took weeks to get my money",
            "--workspace",
            workspace,
            "--touchpoint",
            "returns-exchanges",
            "--sentiment",
            "negative",
            "--json"
        );

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.DoesNotContain("ignored", result.StdErr, StringComparison.Ordinal);
        var hits = JsonDocument.Parse(result.StdOut).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Contains(
                "returns-exchanges",
                h.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetString())
            );
            Assert.Equal("negative", h.GetProperty("sentiment").GetString());
        });
    }

    [Fact]
    public void Search_QdrantUnreachable_NamesTheUrlAndLeavesTheWorkspaceUsable()
    {
        var workspace = IngestedWorkspace();
        var down = new Dictionary<string, string>
        {
            ["CxAssistant__VectorStore__Provider"] = "Qdrant",
            ["CxAssistant__VectorStore__Qdrant__Url"] = "http://127.0.0.1:9",
        };

        var failed = CxProcess.RunWith(down, "search", "refund", "--workspace", workspace);
        var offline = CxProcess.Run("search", "refund", "--workspace", workspace, "--json");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("http://127.0.0.1:9", failed.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, offline.ExitCode);
        Assert.NotEmpty(JsonDocument.Parse(offline.StdOut).RootElement.EnumerateArray());
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
