using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Data.Memory.Moves;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Qdrant.Testing;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Moving a workspace's index into Qdrant (the in-process server) and back, including a stopped and resumed move.
/// </summary>
public sealed class SearchIndexMoveTests(SearchIndexFixture data) : IClassFixture<SearchIndexFixture>, IAsyncLifetime
{
    private QdrantContractServer _server = null!;
    private QdrantEvidenceStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await QdrantContractServer.StartAsync();
        _store = new QdrantEvidenceStore(new QdrantOptions { Url = _server.Url.ToString(), CollectionName = "moved" });
    }

    private SearchIndexOptions Embedded => new() { Tagger = data.Tagger };

    private SearchIndexOptions External =>
        new()
        {
            Tagger = data.Tagger,
            Store = _store,
            StoreCollectionName = "moved",
        };

    [Fact]
    public async Task Move_ToQdrantAndBack_KeepsEveryChunkAndTheSameSearchResults()
    {
        var folder = data.NewFolder();
        var before = await IndexAndSearchAsync(folder, Embedded, refresh: true);

        var there = await SearchIndexMove.MoveAsync(folder, Embedded, External);
        var inQdrant = await IndexAndSearchAsync(folder, External, refresh: false);
        var back = await SearchIndexMove.MoveAsync(folder, External, Embedded);
        var after = await IndexAndSearchAsync(folder, Embedded, refresh: false);

        Assert.Equal(there.Chunks, there.Copied);
        Assert.Equal(there.Chunks, back.Copied);
        Assert.Equal(before, inQdrant);
        Assert.Equal(before, after);
        Assert.Null(_server.PointCount("moved")); // the collection went with the move back
        Assert.False(Directory.Exists(Path.Combine(folder, SearchIndexMove.StagingFolderName)));
    }

    [Fact]
    public async Task Move_StoppedAfterTheFirstSlice_ContinuesWhereItStoppedAndVerifies()
    {
        var folder = data.NewFolder();
        await IndexAndSearchAsync(folder, Embedded, refresh: true);
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SearchIndexMove.MoveAsync(folder, Embedded, External, new Inline(_ => stop.Cancel()), stop.Token)
        );
        var firstRun = _server.PointCount("moved")!.Value;
        var report = await SearchIndexMove.MoveAsync(folder, Embedded, External);

        Assert.InRange(firstRun, 1, report.Chunks - 1);
        Assert.Equal(firstRun, report.Resumed);
        Assert.Equal(report.Chunks - firstRun, report.Copied);
        Assert.Equal(report.Chunks, (long)_server.PointCount("moved")!.Value);
        // No chunk was sent twice: the resumed run upserted only the rest.
        var upserted = _server
            .Calls.Where(c => c.Method == "Upsert")
            .Sum(c => ((global::Qdrant.Client.Grpc.UpsertPoints)c.Request).Points.Count);
        Assert.Equal(report.Chunks, upserted);
        Assert.False(
            File.Exists(
                Path.Combine(
                    folder,
                    SearchIndex.VectorFolderName,
                    SearchIndex.CollectionName + EmbeddedVectorCollection.FileExtension
                )
            )
        );
    }

    [Fact]
    public async Task Move_IntoACollectionThatHoldsOtherPoints_IsRefusedAndTheIndexStaysSearchable()
    {
        var other = data.NewFolder();
        using (var index = SearchIndex.Open(other, External))
        {
            await index.RefreshAsync(data.Records.Take(20));
        }
        var folder = data.NewFolder();
        var before = await IndexAndSearchAsync(folder, Embedded, refresh: true);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SearchIndexMove.MoveAsync(folder, Embedded, External)
        );

        Assert.Contains("already holds points", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await IndexAndSearchAsync(folder, Embedded, refresh: false));
    }

    [Fact]
    public async Task Move_WhereTheIndexAlreadyIs_DoesNothing()
    {
        var folder = data.NewFolder();
        await IndexAndSearchAsync(folder, Embedded, refresh: true);
        await SearchIndexMove.MoveAsync(folder, Embedded, External);
        var calls = _server.Calls.Count;

        var again = await SearchIndexMove.MoveAsync(folder, Embedded, External);

        Assert.True(again.AlreadyThere);
        Assert.Equal(calls, _server.Calls.Count);
    }

    /// <summary>Refreshes (optionally) and runs a few searches; the hits' evidence ids, per question.</summary>
    private async Task<List<string>> IndexAndSearchAsync(string folder, SearchIndexOptions options, bool refresh)
    {
        using var index = SearchIndex.Open(folder, options);
        if (refresh)
        {
            await index.RefreshAsync(data.Records);
        }
        var found = new List<string>();
        foreach (var question in new[] { "refund never arrived", "rude agent", "checkout payment failed" })
        {
            var result = await new HybridSearcher(index).SearchAsync(
                question,
                new SearchFilters(Sentiment: "negative"),
                top: 5
            );
            found.Add(string.Join(",", result.Hits.Select(h => h.EvidenceId)));
        }
        return found;
    }

    private sealed class Inline(Action<MoveProgress> report) : IProgress<MoveProgress>
    {
        public void Report(MoveProgress value) => report(value);
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
    }
}
