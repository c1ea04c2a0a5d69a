using System.Text.Json;
using CxAssistant.Qdrant.Testing;

namespace CxAssistant.Cli.Tests;

/// <summary>
/// The real `cx` pointed at an in-process Qdrant (gRPC) by configuration: ingest indexes straight into Qdrant, search
/// runs Qdrant's hybrid query with the filters in it, and `cx workspace move` brings the index back into the workspace
/// with the same results.
/// </summary>
public sealed class QdrantPathTests : IAsyncLifetime
{
    private const string Sample = "samples/trailhead-outfitters";
    private QdrantContractServer _server = null!;

    public async Task InitializeAsync() => _server = await QdrantContractServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void IngestSearchMove_WithProviderQdrant_IndexesAndSearchesInQdrantThenMovesBackWithTheSameHits()
    {
        using var temp = new TempFolder();
        var ws = Path.Combine(temp.Path, "ws");
        var qdrant = new Dictionary<string, string>
        {
            ["CxAssistant__VectorStore__Provider"] = "Qdrant",
            ["CxAssistant__VectorStore__Qdrant__Url"] = _server.Url.ToString(),
            ["CxAssistant__VectorStore__Qdrant__CollectionName"] = "cli",
        };

        var ingest = CxProcess.RunWith(qdrant, "ingest", Sample, "--workspace", ws, "--quiet");
        var vectorsInFolder =
            Directory.Exists(Path.Combine(ws, "vectors"))
            && Directory.EnumerateFiles(Path.Combine(ws, "vectors")).Any();
        var inQdrant = CxProcess.RunWith(
            qdrant,
            "search",
            "refund",
            "--workspace",
            ws,
            "--sentiment",
            "negative",
            "--json"
        );
        var move = CxProcess.RunWith(qdrant, "workspace", "move", "--workspace", ws, "--to", "embedded");
        var embedded = CxProcess.Run("search", "refund", "--workspace", ws, "--sentiment", "negative", "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains($"qdrant {_server.Url} collection cli", ingest.StdErr, StringComparison.Ordinal);
        Assert.False(vectorsInFolder); // indexed straight into Qdrant
        Assert.Equal(0, inQdrant.ExitCode);
        var hits = Evidence(inQdrant.StdOut);
        Assert.NotEmpty(hits);
        Assert.Contains(_server.Calls, c =>
            c.Method == "Query"
            && c.Request is global::Qdrant.Client.Grpc.QueryPoints { Prefetch.Count: 2 } q
            && q.Filter.ToString().Contains("sentiment", StringComparison.Ordinal)
        );
        Assert.Equal(0, move.ExitCode);
        Assert.Contains("verified", move.StdOut, StringComparison.Ordinal);
        Assert.Null(_server.PointCount("cli"));
        Assert.Equal(0, embedded.ExitCode);
        // Moved back, the index finds what one that never left the folder finds: the same first hit and nearly the same
        // list. Not the exact order: the points come back in Qdrant's id order, the int8 search breaks near-ties by
        // insertion order, and the full model's re-ranking of the first 30 candidates can swap hits a few thousandths
        // apart (with Qdrant itself, the fused order stands in for the keyword side's ranks; docs/qdrant.md).
        var local = Path.Combine(temp.Path, "local");
        Assert.Equal(0, CxProcess.Run("ingest", Sample, "--workspace", local, "--quiet").ExitCode);
        var neverMoved = Evidence(
            CxProcess.Run("search", "refund", "--workspace", local, "--sentiment", "negative", "--json").StdOut
        );
        var movedBack = Evidence(embedded.StdOut);
        Assert.Equal(neverMoved.Count, movedBack.Count);
        Assert.Equal(neverMoved[0], movedBack[0]);
        Assert.True(neverMoved.Intersect(movedBack).Count() >= neverMoved.Count - 2, string.Join(", ", movedBack));
        Assert.Equal(hits[0], movedBack[0]);
    }

    private static List<(string, string)> Evidence(string json) =>
        [
            .. JsonDocument
                .Parse(json)
                .RootElement.EnumerateArray()
                .Select(h => (h.GetProperty("evidenceId").GetString()!, h.GetProperty("sentiment").GetString()!)),
        ];
}
