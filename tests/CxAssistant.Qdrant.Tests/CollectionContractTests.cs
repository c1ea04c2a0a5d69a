using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using Xunit.Abstractions;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Collections and points through the adapter: the contract suite, run on every <see cref="ContractTarget"/>.
/// </summary>
public sealed class CollectionContractTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task EnsureCollectionExists_New_CreatesNamedDenseAndSparseVectorsAndPayloadIndexes(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = qdrant.Collection();

        await collection.EnsureCollectionExistsAsync();

        var client = (QdrantClient)collection.GetService(typeof(QdrantClient))!;
        var info = await client.GetCollectionInfoAsync(qdrant.CollectionName);
        var dense = info.Config.Params.VectorsConfig.ParamsMap.Map[QdrantEvidenceCollection.DenseVectorName];
        Assert.Equal(384UL, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
        // No IDF modifier: queries carry FTS5's IDF, counted over the integer-indexed term field.
        Assert.Equal(
            Modifier.None,
            info.Config.Params.SparseVectorsConfig.Map[QdrantEvidenceCollection.KeywordVectorName].Modifier
        );
        foreach (
            var key in new[]
            {
                "channel",
                "source",
                "touchpoints",
                "sentiment",
                "customer_id",
                "evidence_id",
                "segment",
            }
        )
        {
            Assert.Equal(PayloadSchemaType.Keyword, info.PayloadSchema[key].DataType);
        }
        Assert.Equal(PayloadSchemaType.Integer, info.PayloadSchema["timestamp_unix_ms"].DataType);
        Assert.Equal(PayloadSchemaType.Integer, info.PayloadSchema["keyword_terms"].DataType);
        Assert.True(await collection.CollectionExistsAsync());
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task EnsureCollectionExists_ExistingWithOtherDimensions_FailsNamingBothSizes(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        await qdrant.Collection(dimensions: 8).EnsureCollectionExistsAsync();

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() =>
            qdrant.Collection().EnsureCollectionExistsAsync()
        );

        Assert.Contains("8-dimensional", error.Message, StringComparison.Ordinal);
        Assert.Contains("384-dimensional", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_ThenGet_RoundTripsEveryFieldWithAndWithoutVectors(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        var records = ContractData.Records(10);

        await collection.UpsertAsync(records);
        var bare = await collection.GetAsync(records[5].Key);
        var full = await collection.GetAsync(records[5].Key, new() { IncludeVectors = true });

        var expected = records[5];
        Assert.NotNull(bare);
        Assert.Equal(
            (
                expected.ChunkId,
                expected.EvidenceId,
                expected.ChunkIndex,
                expected.RecordId,
                expected.Line,
                expected.Text
            ),
            (bare.ChunkId, bare.EvidenceId, bare.ChunkIndex, bare.RecordId, bare.Line, bare.Text)
        );
        Assert.Equal(
            (
                expected.Source,
                expected.Channel,
                expected.CustomerId,
                expected.TimestampUnixMs,
                expected.Sentiment,
                expected.Segment
            ),
            (bare.Source, bare.Channel, bare.CustomerId, bare.TimestampUnixMs, bare.Sentiment, bare.Segment)
        );
        Assert.Equal(expected.Touchpoints, bare.Touchpoints);
        Assert.True(bare.Embedding.IsEmpty);
        // Qdrant stores cosine vectors normalised; the offline model's are unit length already.
        Assert.Equal(expected.Embedding.ToArray(), full!.Embedding.ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_SameRecordsTwiceAcrossBatches_IsIdempotent(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        var records = ContractData.Records(250); // BatchSize 100: three requests

        await collection.UpsertAsync(records);
        records[7].Text = "Rewritten text";
        await collection.UpsertAsync(records);

        Assert.Equal(250UL, await collection.CountAsync());
        Assert.Equal("Rewritten text", (await collection.GetAsync(records[7].Key))!.Text);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task DeleteAndScroll_ListEveryRemainingPointExactlyOnce(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        var records = ContractData.Records(230);
        await collection.UpsertAsync(records);

        await collection.DeleteAsync(records.Take(30).Select(r => r.Key));
        var listed = await collection.GetAsync(r => true, int.MaxValue).Select(r => r.Key).ToListAsync();
        var delivery = await collection.GetAsync(r => r.Touchpoints.Contains("delivery"), 1000).CountAsync();

        Assert.Equal(records.Skip(30).Select(r => r.Key).Order(), listed.Order());
        Assert.Equal(records.Skip(30).Count(r => r.Touchpoints.Contains("delivery")), delivery);
        Assert.Equal(200UL, await collection.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_WrongVectorSize_IsRefusedWithQdrantsDimensionMessage(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        var record = ContractData.Records(1)[0];
        record.Embedding = new float[] { 1, 0, 0 };

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => collection.UpsertAsync(record));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("dimension", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0UL, await collection.CountAsync());
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Get_UnknownCollection_IsNotFoundNamingTheCollection(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => qdrant.Collection().GetAsync(Guid.NewGuid()));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains(qdrant.CollectionName, error.Message, StringComparison.Ordinal);
        Assert.False(await qdrant.Collection().CollectionExistsAsync());
    }
}
