using CxAssistant.Engine.Memory.Qdrant;
using CxAssistant.Engine.Memory.Search;
using CxAssistant.Engine.Tests.Memory.Qdrant;
using CxAssistant.Engine.Touchpoints;

namespace CxAssistant.Engine.Tests.Memory.Search;

/// <summary>
/// The workspace search index with its vectors in Qdrant (selected by options, as configuration does), against the
/// in-process server that checks every request against Qdrant's documented REST API.
/// </summary>
public sealed class SearchIndexQdrantTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private QdrantContractServer _server = null!;

    public async Task InitializeAsync() => _server = await QdrantContractServer.StartAsync(apiKey: null, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private SearchIndexOptions QdrantOptions() => new()
    {
        Backend = VectorBackend.Qdrant,
        Qdrant = new QdrantOptions { Url = _server.Url.ToString(), CollectionName = "cx-search-test", MaxRetries = 0 },
        Tagger = new EvidenceTagger(CatalogLoader.Parse(SearchIndexTaggingTests.TwoTouchpoints, "catalog.yaml")),
    };

    private static IReadOnlyList<Core.Evidence.EvidenceRecord> Corpus() =>
    [
        HybridSearcherTests.Record("1", "My refund was rejected and I still want my money back.", Core.Evidence.Channel.Social, "social.csv"),
        HybridSearcherTests.Record("2", "The parcel arrived late and the courier was rude."),
        HybridSearcherTests.Record("3", "Refund came quickly, lovely service.", Core.Evidence.Channel.Survey, "Survey.csv",
            new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero)),
    ];

    [Fact]
    public async Task Search_AllFiltersTogether_AreTranslatedToADocumentedQdrantFilter()
    {
        using var index = SearchIndex.Open(_folder.Path, QdrantOptions());
        await index.RefreshAsync(Corpus());

        var filters = new SearchFilters(Channel: "Survey", Touchpoint: "refunds", Source: "survey.csv",
            Since: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), Until: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Sentiment: "positive");
        var result = await new HybridSearcher(index).SearchAsync("refund", filters);

        Assert.Empty(_server.Violations);
        Assert.Contains(_server.Requests, r => r.StartsWith("POST /collections/cx-search-test/points/search", StringComparison.Ordinal) ||
                                               r.StartsWith("POST /collections/cx-search-test/points/query", StringComparison.Ordinal));
        var hit = Assert.Single(result.Hits);
        Assert.Equal("3", hit.RecordId);
        Assert.Contains("refunds", hit.Touchpoints);
        Assert.Equal("positive", hit.Sentiment);
    }

    [Fact]
    public async Task Refresh_QdrantDown_FailsNamingTheUrl_AndARetryLaterIndexesEverything()
    {
        var down = QdrantOptions() with { Qdrant = new QdrantOptions { Url = "http://127.0.0.1:9", CollectionName = "cx-search-test", MaxRetries = 0 } };
        using (var index = SearchIndex.Open(_folder.Path, down))
        {
            var error = await Assert.ThrowsAsync<QdrantException>(() => index.RefreshAsync(Corpus()));
            Assert.Contains("http://127.0.0.1:9", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, await index.CountAsync());   // nothing catalogued that has no vector
        }

        using var up = SearchIndex.Open(_folder.Path, QdrantOptions());
        var added = await up.RefreshAsync(Corpus());

        Assert.Equal(3, added);
        Assert.Empty(_server.Violations);
    }
}
