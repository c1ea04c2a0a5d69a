using System.Globalization;
using CxAssistant.Data.Memory.Search;
using static CxAssistant.Data.Tests.Memory.Search.HybridSearcherTests;

namespace CxAssistant.Data.Tests.Memory.Search;

public sealed class MeaningRerankerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void For_OfflineIndex_GivesTheFullModelReranker()
    {
        using var index = SearchIndex.Open(_folder.Path);

        Assert.NotNull(MeaningReranker.For(index));
    }

    [Fact]
    public async Task RerankAsync_RelevantCandidateLastInTheFusedOrder_RisesByTheFullModel()
    {
        List<SearchHit> hits =
        [
            Hit("1", "The staff at the counter were friendly."),
            Hit("2", "Checkout took a long time."),
            Hit("3", "Lovely colours in the new range."),
            Hit("4", "The cafe upstairs does great coffee."),
            Hit("5", "My parcel never arrived and tracking has not moved for a week."),
        ];
        using var index = SearchIndex.Open(_folder.Path);

        var reranked = await MeaningReranker
            .For(index)!
            .RerankAsync("where is my package", hits, CancellationToken.None);

        // Fused order and meaning weigh the same: the one candidate the transformer ranks first passes at least the
        // candidate just above it, whatever the order of the others.
        Assert.InRange(reranked.FindIndex(h => h.RecordId == "5"), 0, 3);
        Assert.Equal(5, reranked.Count);
        Assert.Equal(hits.Select(h => h.RecordId).Order(), reranked.Select(h => h.RecordId).Order());
    }

    [Fact]
    public async Task SearchAsync_WithReranker_KeepsTheExactCodeFirstAndTheTopCount()
    {
        using var index = SearchIndex.Open(_folder.Path);
        await index.RefreshAsync([
            Record("1", "Refund code R7781 was rejected by the return portal."),
            Record("2", "I just want my money back for the broken stove."),
            Record("3", "The tent poles snapped on the first night."),
        ]);

        var result = await new HybridSearcher(index, MeaningReranker.For(index)).SearchAsync("R7781 refund", top: 2);

        Assert.Equal(2, result.Hits.Count);
        Assert.Equal("1", result.Hits[0].RecordId);
    }

    [Fact]
    public async Task RerankAsync_SameTextTwice_TheKeywordSidesRankDecides()
    {
        // Equal texts read the same to both encoders, so only the keyword side (BM25) tells them apart: the hit the
        // keyword side returned passes the one it did not, though the hybrid order had them the other way round.
        const string text = "The refund for my returned boots has not arrived.";
        List<SearchHit> hits =
        [
            Hit("1", text) with
            {
                VectorRank = 1,
            },
            Hit("2", text) with
            {
                KeywordRank = 1,
                VectorRank = 2,
            },
            Hit("3", "The tent poles snapped on the first night.") with
            {
                KeywordRank = 2,
                VectorRank = 3,
            },
        ];
        using var index = SearchIndex.Open(_folder.Path);

        var reranked = await MeaningReranker
            .For(index)!
            .RerankAsync("refund not arrived", hits, CancellationToken.None);

        Assert.Equal(["2", "1", "3"], reranked.Select(h => h.RecordId));
    }

    [Fact]
    public async Task RerankAsync_MoreHitsThanTheDepth_OnlyTheFirstDepthMove()
    {
        string[] topics =
        [
            "the checkout queue was long",
            "my parcel never arrived",
            "the staff were friendly",
            "the app keeps crashing",
            "I was charged twice",
        ];
        var hits = Enumerable
            .Range(0, MeaningReranker.Depth + 5)
            .Select(i => Hit(i.ToString(CultureInfo.InvariantCulture), $"Visit {i}: {topics[i % topics.Length]}."))
            .ToList();
        using var index = SearchIndex.Open(_folder.Path);

        var reranked = await MeaningReranker
            .For(index)!
            .RerankAsync("where is my package", hits, CancellationToken.None);

        // The parcel reviews rise within the first Depth; the hits after them keep their places.
        Assert.Contains("parcel", reranked[0].Text, StringComparison.Ordinal);
        Assert.Equal(
            hits.Take(MeaningReranker.Depth).Select(h => h.RecordId).Order(),
            reranked.Take(MeaningReranker.Depth).Select(h => h.RecordId).Order()
        );
        Assert.Equal(hits.Skip(MeaningReranker.Depth), reranked.Skip(MeaningReranker.Depth));
    }

    private static SearchHit Hit(string id, string text) =>
        new("c" + id, "ev-" + id, id, "reviews.csv", 1, "review", text, 0, null, null);
}
