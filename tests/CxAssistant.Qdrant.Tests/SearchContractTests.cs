using System.Numerics.Tensors;
using CxAssistant.Data.Memory;
using Grpc.Core;
using Microsoft.Extensions.VectorData;
using Xunit.Abstractions;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Dense, hybrid and filtered search through the adapter: the contract suite, run on every
/// <see cref="ContractTarget"/>.
/// </summary>
public sealed class SearchContractTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Search_Dense_ReturnsTheCosineRankingWithScores(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = await SeededAsync(qdrant, 120);
        var records = ContractData.Records(120);
        var query = ContractData.Embed("refund rejected money back");

        var hits = await collection.SearchAsync(query, 5).ToListAsync();

        // Near-duplicate texts tie, so compare scores: each hit scores its true cosine, and they are the five best.
        var cosine = records.ToDictionary(
            r => r.Key,
            r => (double)TensorPrimitives.CosineSimilarity(r.Embedding.Span, query)
        );
        Assert.All(hits, h => Assert.Equal(cosine[h.Record.Key], h.Score!.Value, 4));
        Assert.Equal(cosine.Values.OrderDescending().Take(5), hits.Select(h => h.Score!.Value), (a, b) =>
            Math.Abs(a - b) < 1e-4
        );
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task HybridSearch_RareWord_PutsTheRecordsThatContainItFirst(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = await SeededAsync(qdrant, 120);

        // "courier" is in 1 of 8 openings; the dense side alone ranks by overall wording.
        var hits = await collection.HybridSearchAsync(ContractData.Embed("courier"), ["courier"], 10).ToListAsync();

        Assert.Equal(10, hits.Count);
        Assert.All(hits.Take(5), h => Assert.Contains("courier", h.Record.Text, StringComparison.Ordinal));
        // Reciprocal rank fusion with the paper's k = 60: first in both lists scores 2 / 61.
        Assert.Equal(2.0 / 61, hits[0].Score!.Value, 4);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task HybridSearch_StemmedKeyword_MatchesOtherFormsOfTheWord(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = await SeededAsync(qdrant, 60);

        // The keyword index stems (FTS5 porter, shared by the sparse vectors): "refunds" and "refunded" are "refund".
        var query = ContractData.Embed("money");
        var plural = await collection.HybridSearchAsync(query, ["refunds"], 5).ToListAsync();
        var past = await collection.HybridSearchAsync(query, ["refunded"], 5).ToListAsync();
        var unrelated = await collection.HybridSearchAsync(query, ["zebra"], 5).ToListAsync();

        Assert.Contains("refund", plural[0].Record.Text, StringComparison.Ordinal);
        Assert.Equal(plural.Select(h => (h.Record.Key, h.Score)), past.Select(h => (h.Record.Key, h.Score)));
        Assert.NotEqual(plural.Select(h => h.Record.Key), unrelated.Select(h => h.Record.Key));
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task HybridSearch_WithEveryProductFilter_ReturnsOnlyMatchingRecords(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = await SeededAsync(qdrant, 240);
        var records = ContractData.Records(240);
        var since = ContractData.BaseTimestamp + 24 * 3_600_000L;
        var until = ContractData.BaseTimestamp + 200 * 3_600_000L;
        string[] sources = ["tickets.csv", "other.csv"];
        var options = new HybridSearchOptions<EvidenceChunkRecord>
        {
            Filter = r =>
                r.Channel == "review"
                && sources.Contains(r.Source)
                && r.TimestampUnixMs >= since
                && r.TimestampUnixMs < until
                && r.Touchpoints.Contains("delivery")
                && r.Sentiment != "positive"
                && r.CustomerId != null,
        };

        var hits = await collection
            .HybridSearchAsync(ContractData.Embed("late parcel"), ["late", "parcel"], 100, options)
            .ToListAsync();

        var expected = records
            .Where(r =>
                r.Channel == "review"
                && r.Source == "tickets.csv"
                && r.TimestampUnixMs >= since
                && r.TimestampUnixMs < until
                && r.Touchpoints.Contains("delivery")
                && r.Sentiment != "positive"
                && r.CustomerId != null
            )
            .Select(r => r.Key)
            .Order()
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => h.Record.Key).Order());
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Search_FilterOnAnUnindexedField_IsRefusedByStrictMode(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var collection = await SeededAsync(qdrant, 10);

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() =>
            collection
                .SearchAsync(
                    ContractData.Embed("refund"),
                    3,
                    new VectorSearchOptions<EvidenceChunkRecord> { Filter = r => r.RecordId == "r1" }
                )
                .ToListAsync()
                .AsTask()
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("Index required but not found for \"record_id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FilterTheAdapterCannotTranslate_ThrowsBeforeAnyCall()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output);
        var collection = qdrant.Collection();

        await Assert.ThrowsAsync<NotSupportedException>(() =>
            collection
                .SearchAsync(
                    new float[384],
                    3,
                    new VectorSearchOptions<EvidenceChunkRecord> { Filter = r => r.Text.StartsWith("x") }
                )
                .ToListAsync()
                .AsTask()
        );

        Assert.Empty(qdrant.Server!.Calls);
    }

    private static async Task<QdrantEvidenceCollection> SeededAsync(ContractTarget qdrant, int count)
    {
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        await collection.UpsertAsync(ContractData.Records(count));
        return collection;
    }
}
