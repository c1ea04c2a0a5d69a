using CxAssistant.Data.Memory.Embeddings;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Qdrant.Testing;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// The same generated records indexed twice — into the embedded store (FTS5 BM25 + embedded vectors, fused in process)
/// and through the Qdrant path (gRPC to the in-process server: sparse BM25 + dense vectors, fused by Qdrant's RRF) —
/// must give the same top results for the same questions and filters.
/// </summary>
public sealed class HybridParityTests(SearchIndexFixture data) : IClassFixture<SearchIndexFixture>, IAsyncLifetime
{
    private QdrantContractServer _server = null!;
    private QdrantEvidenceStore _store = null!;
    private SearchIndex _embedded = null!;
    private SearchIndex _qdrant = null!;

    public static TheoryData<string, string?, string?, string?, int?> Questions =>
        new()
        {
            { "my refund never arrived", null, null, null, null },
            { "delivery was late and the parcel damaged", null, null, null, null },
            { "rude staff on the phone", null, "negative", null, null },
            { "checkout payment failed", "chat", null, null, null },
            { "great price, quick service", null, "positive", null, 60 },
            { "could not log in to the app", null, null, "email", null },
        };

    public async Task InitializeAsync()
    {
        _server = await QdrantContractServer.StartAsync();
        _store = new QdrantEvidenceStore(new QdrantOptions { Url = _server.Url.ToString(), CollectionName = "parity" });
        // Both paths with the hashed encoder, whose vector scores on these questions have no near-tie at rank 5: BM25's
        // average length differs slightly between the paths (see below), which the local encoder's closer scores
        // expose.
        var hashed = new OfflineEmbeddingGenerator();
        _embedded = SearchIndex.Open(
            data.NewFolder(),
            new SearchIndexOptions { Tagger = data.Tagger, Embeddings = hashed }
        );
        _qdrant = SearchIndex.Open(
            data.NewFolder(),
            new SearchIndexOptions
            {
                Tagger = data.Tagger,
                Embeddings = hashed,
                Store = _store,
                StoreCollectionName = "parity",
            }
        );
        await _embedded.RefreshAsync(data.Records);
        await _qdrant.RefreshAsync(data.Records);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Search_SameRecordsAndFilters_QdrantPathGivesTheEmbeddedStoresTopResults(
        string question,
        string? channel,
        string? sentiment,
        string? source,
        int? sinceDays
    )
    {
        var since = sinceDays is { } days
            ? data.Records.Max(r => r.Timestamp)!.Value.AddDays(-days)
            : (DateTimeOffset?)null;
        var sourceFile = source is null ? null : data.Records.Select(r => Path.GetFileName(r.Source.File)).First();
        var filters = new SearchFilters(
            Channel: channel ?? source,
            Sentiment: sentiment,
            Source: sourceFile,
            Since: since
        );

        var embedded = await new HybridSearcher(_embedded).SearchAsync(question, filters, top: 5);
        var qdrant = await new HybridSearcher(_qdrant).SearchAsync(question, filters, top: 5);

        Assert.Equal(5, embedded.Hits.Count);
        Assert.Equal(embedded.Hits.Select(h => h.EvidenceId), qdrant.Hits.Select(h => h.EvidenceId));
        // Same fusion (RRF, k = 60 over 1-based ranks); a chunk's rank on one side may differ by one where BM25's
        // average
        // length (fixed at Qdrant's first write, live in FTS5) splits a near-tie, so scores agree to 1e-3, not exactly.
        Assert.Equal(embedded.Hits.Select(h => h.Score), qdrant.Hits.Select(h => h.Score), (a, b) =>
            Math.Abs(a - b) < 1e-3
        );
        Assert.Equal(
            embedded.Hits.Select(h => (h.Text, h.RecordId, h.Line, h.Channel)),
            qdrant.Hits.Select(h => (h.Text, h.RecordId, h.Line, h.Channel))
        );
        Assert.Equal(
            embedded.Hits.Select(h => string.Join(",", h.Touchpoints)),
            qdrant.Hits.Select(h => string.Join(",", h.Touchpoints))
        );
    }

    [Fact]
    public async Task Refresh_ThroughQdrant_WroteEveryChunkOnceAndSearchRanInsideQdrant()
    {
        var chunks = await _embedded.CountAsync();

        await new HybridSearcher(_qdrant).SearchAsync("refund", SearchFilters.None, top: 3);

        Assert.Equal(chunks, await _qdrant.CountAsync());
        Assert.Equal((int)chunks, _server.PointCount("parity"));
        Assert.Contains(_server.Calls, c =>
            c.Method == "Query" && ((global::Qdrant.Client.Grpc.QueryPoints)c.Request).Prefetch.Count == 2
        );
        Assert.DoesNotContain(_server.Calls, c =>
            c.Method == "Query" && ((global::Qdrant.Client.Grpc.QueryPoints)c.Request).Prefetch.Count == 0
        );
    }

    public async Task DisposeAsync()
    {
        _embedded.Dispose();
        _qdrant.Dispose();
        _store.Dispose();
        await _server.DisposeAsync();
    }
}
