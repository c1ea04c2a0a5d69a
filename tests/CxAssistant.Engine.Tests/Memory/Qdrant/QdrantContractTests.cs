using System.Net;
using System.Net.Sockets;
using CxAssistant.Engine.Memory;
using CxAssistant.Engine.Memory.Qdrant;
using Microsoft.Extensions.VectorData;
using Xunit.Abstractions;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>
/// The adapter's behaviour suite. Runs against the in-process contract server, or against a real Qdrant when
/// QDRANT_URL is set (QDRANT_API_KEY optional); each test uses its own collection and deletes it afterwards.
/// Fault-injection tests (500, 429/503) only run against the contract server, which is the only place faults can be made.
/// </summary>
public sealed class QdrantContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ContractApiKey = "contract-test-key";
    private static readonly string? RealUrl = Environment.GetEnvironmentVariable("QDRANT_URL") is { Length: > 0 } url ? url : null;
    private static readonly string? RealApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY") is { Length: > 0 } key ? key : null;

    private readonly HttpClient _http = new();
    private QdrantContractServer? _server;
    private QdrantOptions _options = null!;

    private bool IsReal => _server is null;

    public async Task InitializeAsync()
    {
        var collection = "cx-contract-" + Guid.NewGuid().ToString("N");
        if (RealUrl is not null)
        {
            _options = new QdrantOptions { Url = RealUrl, ApiKey = RealApiKey, CollectionName = collection };
            output.WriteLine($"Qdrant contract tests ran against: real Qdrant at {RealUrl}");
        }
        else
        {
            _server = await QdrantContractServer.StartAsync(ContractApiKey, CancellationToken.None);
            _options = new QdrantOptions { Url = _server.Url.ToString(), ApiKey = ContractApiKey, CollectionName = collection };
            output.WriteLine("Qdrant contract tests ran against: in-process contract server");
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await new QdrantRestClient(_http, _options).DeleteCollectionAsync(_options.CollectionName, CancellationToken.None);
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _http.Dispose();
        }
    }

    private QdrantVectorCollection Collection(QdrantOptions? options = null, int dimensions = EvidenceChunkRecord.Dimensions)
    {
        var effective = options ?? _options;
        return new QdrantVectorCollection(new QdrantRestClient(_http, effective), effective.CollectionName, dimensions);
    }

    private async Task<(QdrantVectorCollection Collection, List<EvidenceChunkRecord> Records)> SeededAsync(int count)
    {
        var collection = Collection();
        await collection.EnsureCollectionExistsAsync();
        var records = QdrantTestData.Records(count);
        await collection.UpsertAsync(records);
        return (collection, records);
    }

    private void AssertContractKept()
    {
        if (_server is not null)
        {
            Assert.True(_server.Violations.Count == 0, "Requests outside Qdrant's documented API:\n" + string.Join("\n", _server.Violations));
        }
    }

    [Fact]
    public async Task EnsureCollectionExists_NewCollection_CreatesCosineCollectionWithPayloadIndexes()
    {
        var collection = Collection();

        Assert.False(await collection.CollectionExistsAsync());
        await collection.EnsureCollectionExistsAsync();

        Assert.True(await collection.CollectionExistsAsync());
        var info = await new QdrantRestClient(_http, _options).GetCollectionAsync(_options.CollectionName, CancellationToken.None);
        Assert.Equal(EvidenceChunkRecord.Dimensions, info!.VectorSize);
        Assert.Equal("Cosine", info.Distance);
        if (_server is not null)
        {
            var indexRequests = _server.Requests.Where(r => r.StartsWith("PUT /collections/", StringComparison.Ordinal) && r.EndsWith("/index?wait=true", StringComparison.Ordinal));
            Assert.Equal(8, indexRequests.Count());
        }

        AssertContractKept();
    }

    [Fact]
    public async Task VectorStore_TypedCollection_ListsChecksAndDeletesIt()
    {
        using VectorStore store = new QdrantVectorStore(new QdrantRestClient(_http, _options));
        var collection = store.GetCollection<Guid, EvidenceChunkRecord>(_options.CollectionName);

        await collection.EnsureCollectionExistsAsync();
        await collection.UpsertAsync(QdrantTestData.Records(3)[0]);

        Assert.IsType<QdrantVectorCollection>(collection);
        Assert.Contains(_options.CollectionName, await store.ListCollectionNamesAsync().ToListAsync());
        Assert.True(await store.CollectionExistsAsync(_options.CollectionName));
        await store.EnsureCollectionDeletedAsync(_options.CollectionName);
        Assert.False(await store.CollectionExistsAsync(_options.CollectionName));
        Assert.Throws<NotSupportedException>(() => store.GetCollection<string, EvidenceChunkRecord>("other"));
        AssertContractKept();
    }

    [Fact]
    public async Task UpsertAsync_ThousandPoints_SendsBatchesOfBatchSizeAndCountsAll()
    {
        var (collection, _) = await SeededAsync(1000);

        Assert.Equal(1000, await collection.CountAsync());
        if (_server is not null)
        {
            // 256 + 256 + 256 + 232.
            Assert.Equal(4, _server.Requests.Count(r => r.StartsWith("PUT /collections/", StringComparison.Ordinal) && r.EndsWith("/points?wait=true", StringComparison.Ordinal)));
        }

        AssertContractKept();
    }

    [Fact]
    public async Task SearchAsync_NoFilter_ReturnsNearestIdsInScoreOrder()
    {
        var (collection, records) = await SeededAsync(1000);
        var query = QdrantTestData.QueryNear(records[123]);

        var hits = await collection.SearchAsync(query, 10).ToListAsync();

        Assert.Equal(QdrantTestData.ExpectedTop(records, query, 10), hits.Select(h => h.Record.Key).ToList());
        Assert.Equal(records[123].Key, hits[0].Record.Key);
        Assert.Equal(records[123].Text, hits[0].Record.Text);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        AssertContractKept();
    }

    [Fact]
    public async Task SearchAsync_ChannelAndTouchpointFilter_ReturnsOnlyMatchingInScoreOrder()
    {
        var (collection, records) = await SeededAsync(1000);
        var query = QdrantTestData.QueryNear(records[10]);
        var channel = "chat";

        var hits = await collection.SearchAsync(query, 5, new VectorSearchOptions<EvidenceChunkRecord>
        {
            Filter = r => r.Channel == channel && r.Touchpoints.Contains("delivery"),
        }).ToListAsync();

        var expected = QdrantTestData.ExpectedTop(records.Where(r => r.Channel == channel && r.Touchpoints.Contains("delivery")), query, 5);
        Assert.Equal(expected, hits.Select(h => h.Record.Key).ToList());
        AssertContractKept();
    }

    [Fact]
    public async Task SearchAsync_DateRangeSourceAndAnyOfFilter_ReturnsOnlyMatching()
    {
        var (collection, records) = await SeededAsync(1000);
        var query = QdrantTestData.QueryNear(records[500]);
        var from = QdrantTestData.BaseTimestamp + (100 * 3_600_000L);
        var to = QdrantTestData.BaseTimestamp + (600 * 3_600_000L);
        string[] sentiments = ["negative", "neutral"];

        var hits = await collection.SearchAsync(query, 8, new VectorSearchOptions<EvidenceChunkRecord>
        {
            Filter = r => r.TimestampUnixMs >= from && r.TimestampUnixMs < to && r.Source == "survey.csv" && sentiments.Contains(r.Sentiment!),
        }).ToListAsync();

        var expected = QdrantTestData.ExpectedTop(
            records.Where(r => r.TimestampUnixMs >= from && r.TimestampUnixMs < to && r.Source == "survey.csv" && sentiments.Contains(r.Sentiment!)), query, 8);
        Assert.Equal(expected, hits.Select(h => h.Record.Key).ToList());
        AssertContractKept();
    }

    [Fact]
    public async Task SearchAsync_UnsupportedFilter_ThrowsNotSupportedNamingExpression()
    {
        var collection = Collection();

        var error = await Assert.ThrowsAsync<NotSupportedException>(async () => await collection.SearchAsync(new float[EvidenceChunkRecord.Dimensions], 3, new VectorSearchOptions<EvidenceChunkRecord>
        {
            Filter = r => r.Text.StartsWith("late", StringComparison.Ordinal),
        }).ToListAsync());

        Assert.Contains("StartsWith", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountAsync_Filter_ReturnsExactCount()
    {
        var (collection, records) = await SeededAsync(300);

        var count = await collection.CountAsync(r => r.Channel == "review" || r.Segment == "enterprise");

        Assert.Equal(records.Count(r => r.Channel == "review" || r.Segment == "enterprise"), count);
        Assert.Equal(records.Count(r => r.CustomerId == null), await collection.CountAsync(r => r.CustomerId == null));
        AssertContractKept();
    }

    [Fact]
    public async Task ScrollAsync_PagesOf100_ReturnsEveryPointExactlyOnce()
    {
        var (collection, records) = await SeededAsync(1000);

        var all = await collection.ScrollAsync(pageSize: 100).ToListAsync();
        var filtered = await collection.ScrollAsync(r => r.Touchpoints.Contains("support"), pageSize: 50).ToListAsync();

        Assert.Equal(records.Select(r => r.Key).Order(), all.Select(r => r.Key).Order());
        Assert.Equal(records.Where(r => r.Touchpoints.Contains("support")).Select(r => r.Key).Order(), filtered.Select(r => r.Key).Order());
        if (_server is not null)
        {
            // 10 pages of 100, then 7 pages of 50 for the 334 "support" points.
            Assert.Equal(17, _server.Requests.Count(r => r.EndsWith("/points/scroll", StringComparison.Ordinal)));
        }

        AssertContractKept();
    }

    [Fact]
    public async Task GetAsync_KeysWithVectors_RoundTripsEveryField()
    {
        var (collection, records) = await SeededAsync(20);
        var wanted = records[5];

        var got = await collection.GetAsync(wanted.Key, new RecordRetrievalOptions { IncludeVectors = true });
        var several = await collection.GetAsync([records[1].Key, records[2].Key, Guid.NewGuid()]).ToListAsync();

        Assert.NotNull(got);
        Assert.Equal((wanted.ChunkId, wanted.EvidenceId, wanted.ChunkIndex, wanted.Text, wanted.Start, wanted.End), (got.ChunkId, got.EvidenceId, got.ChunkIndex, got.Text, got.Start, got.End));
        Assert.Equal((wanted.Source, wanted.Channel, wanted.CustomerId, wanted.TimestampUnixMs, wanted.Sentiment, wanted.Segment), (got.Source, got.Channel, got.CustomerId, got.TimestampUnixMs, got.Sentiment, got.Segment));
        Assert.Equal(wanted.Touchpoints, got.Touchpoints);
        Assert.Equal(EvidenceChunkRecord.Dimensions, got.Embedding.Length);
        Assert.Equal(2, several.Count);
        Assert.All(several, r => Assert.True(r.Embedding.IsEmpty));
        Assert.Null(await collection.GetAsync(Guid.NewGuid()));
        AssertContractKept();
    }

    [Fact]
    public async Task DeleteAsync_Keys_RemovesOnlyThosePoints()
    {
        var (collection, records) = await SeededAsync(50);

        await collection.DeleteAsync(records.Take(10).Select(r => r.Key));
        await collection.DeleteAsync(records[10].Key);

        Assert.Equal(39, await collection.CountAsync());
        Assert.Null(await collection.GetAsync(records[0].Key));
        Assert.NotNull(await collection.GetAsync(records[11].Key));
        AssertContractKept();
    }

    [Fact]
    public async Task EnsureCollectionExists_ExistingCollection_ReopensAndKeepsPoints()
    {
        await SeededAsync(30);

        var reopened = Collection();
        await reopened.EnsureCollectionExistsAsync();

        Assert.Equal(30, await reopened.CountAsync());
        AssertContractKept();
    }

    [Fact]
    public async Task EnsureCollectionExists_DimensionMismatch_ThrowsNamingBothSizes()
    {
        await Collection().EnsureCollectionExistsAsync();

        var error = await Assert.ThrowsAsync<QdrantException>(() => Collection(dimensions: 8).EnsureCollectionExistsAsync());

        Assert.Contains("vector size 384", error.Message, StringComparison.Ordinal);
        Assert.Contains("needs size 8", error.Message, StringComparison.Ordinal);
        Assert.Contains(_options.CollectionName, error.Message, StringComparison.Ordinal);
        AssertContractKept();
    }

    [Fact]
    public async Task Request_WrongApiKey_ThrowsUnauthorizedWithApiKeyHint()
    {
        if (IsReal && RealApiKey is null)
        {
            output.WriteLine("Not applicable: the real Qdrant has no QDRANT_API_KEY configured, so it accepts any key.");
            return;
        }

        var error = await Assert.ThrowsAsync<QdrantException>(() => Collection(_options with { ApiKey = "wrong-key" }).CollectionExistsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains(_options.Url.TrimEnd('/'), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_MissingCollection_ThrowsNotFoundNamingUrlAndOperation()
    {
        var collection = Collection();

        var error = await Assert.ThrowsAsync<QdrantException>(() => collection.GetAsync(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("get points", error.Message, StringComparison.Ordinal);
        Assert.Contains($"/collections/{_options.CollectionName}/points", error.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:Url", error.Message, StringComparison.Ordinal);
        AssertContractKept();
    }

    [Fact]
    public async Task Request_ServerError_ThrowsWithStatusAndServerMessage()
    {
        if (_server is null)
        {
            output.WriteLine("Not applicable: a real Qdrant cannot be made to fail on demand.");
            return;
        }

        var (collection, _) = await SeededAsync(5);
        _server.FailNext(500);

        var error = await Assert.ThrowsAsync<QdrantException>(() => collection.CountAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("Service fault injected", error.Message, StringComparison.Ordinal);
        Assert.Contains("count points", error.Message, StringComparison.Ordinal);
        AssertContractKept();
    }

    [Fact]
    public async Task Request_TooManyRequestsThenUnavailable_RetriesAndSucceeds()
    {
        if (_server is null)
        {
            output.WriteLine("Not applicable: a real Qdrant cannot be made to throttle on demand.");
            return;
        }

        var (collection, _) = await SeededAsync(5);
        var before = _server.Requests.Count;
        _server.FailNext(429, "0");
        _server.FailNext(503, "0");

        Assert.Equal(5, await collection.CountAsync());
        Assert.Equal(3, _server.Requests.Count - before);
        AssertContractKept();
    }

    [Fact]
    public async Task Request_UnavailableBeyondRetryBudget_ThrowsAfterBoundedAttempts()
    {
        if (_server is null)
        {
            output.WriteLine("Not applicable: a real Qdrant cannot be made to fail on demand.");
            return;
        }

        var (collection, _) = await SeededAsync(5);
        var before = _server.Requests.Count;
        for (var i = 0; i < 5; i++)
        {
            _server.FailNext(503, "0");
        }

        var error = await Assert.ThrowsAsync<QdrantException>(() => collection.CountAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("after 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count - before);
    }

    [Fact]
    public async Task Request_CancelledWhileWaitingRetryAfter_StopsWithoutRetrying()
    {
        if (_server is null)
        {
            output.WriteLine("Not applicable: a real Qdrant cannot be made to throttle on demand.");
            return;
        }

        var (collection, _) = await SeededAsync(5);
        var before = _server.Requests.Count;
        using var cancellation = new CancellationTokenSource();

        // Retry-After asks for two minutes; only cancellation can end the wait before the test times out.
        _server.FailNext(429, "120", cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => collection.CountAsync(cancellationToken: cancellation.Token));
        Assert.Equal(1, _server.Requests.Count - before);
    }

    [Fact]
    public async Task Request_NoAnswerWithinTimeout_ThrowsTimeoutNamingUrlAndSetting()
    {
        if (_server is null)
        {
            output.WriteLine("Not applicable: a real Qdrant cannot be made to hang on demand.");
            return;
        }

        _server.HangNext();
        var collection = Collection(_options with { Timeout = TimeSpan.FromMilliseconds(200) });

        var error = await Assert.ThrowsAsync<QdrantException>(() => collection.CollectionExistsAsync());

        Assert.Null(error.StatusCode);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Contains(_options.CollectionName, error.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ServerDown_ThrowsNamingUrlAndSocketError()
    {
        // A port that was just free: nothing listens there, so the connection is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = $"http://127.0.0.1:{port}";

        var error = await Assert.ThrowsAsync<QdrantException>(() => Collection(_options with { Url = url, MaxRetries = 0 }).EnsureCollectionExistsAsync());

        Assert.Null(error.StatusCode);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
        Assert.Contains("get collection", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", error.Message, StringComparison.Ordinal);
        Assert.Contains("Is Qdrant running at", error.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:Url", error.Message, StringComparison.Ordinal);
    }
}
