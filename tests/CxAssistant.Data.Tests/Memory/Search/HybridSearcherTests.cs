using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Search;

namespace CxAssistant.Data.Tests.Memory.Search;

public sealed class HybridSearcherTests : IDisposable
{
    private static readonly DateTimeOffset September = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset November = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static EvidenceRecord Record(
        string id,
        string text,
        Channel channel = Channel.Review,
        string file = "reviews.csv",
        DateTimeOffset? when = null
    ) =>
        new()
        {
            Id = "ev-" + id,
            RecordId = id,
            Source = new SourceLocation(
                "/data/" + file,
                int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) + 1
            ),
            Channel = channel,
            Text = text,
            Timestamp = when,
        };

    private static IReadOnlyList<EvidenceRecord> Corpus() =>
        [
            Record("1", "Refund code R7781 was rejected by the return portal.", when: September),
            Record("2", "I just want my money back for the broken stove.", Channel.Social, "social.csv", November),
            Record("3", "The tent poles snapped on the first night.", when: November),
            Record("4", "Checkout was quick and the staff were friendly.", Channel.Survey, "survey.csv", September),
            Record(
                "5",
                "Still waiting on my refund after three weeks, email jane.doe@example.com",
                Channel.Social,
                "social.csv",
                November
            ),
        ];

    private async Task<SearchIndex> IndexedAsync()
    {
        var index = SearchIndex.Open(_folder.Path);
        await index.RefreshAsync(Corpus());
        return index;
    }

    [Fact]
    public async Task SearchAsync_ExactCode_IsFirstOnTheKeywordSide()
    {
        using var index = await IndexedAsync();

        var result = await new HybridSearcher(index).SearchAsync("R7781", top: 3);

        Assert.Equal("1", result.Hits[0].RecordId);
        Assert.Equal(1, result.Hits[0].KeywordRank);
        Assert.Equal("reviews.csv", result.Hits[0].Source);
        Assert.Equal(2, result.Hits[0].Line);
    }

    [Fact]
    public async Task SearchAsync_ParaphraseWithoutSharedWord_SurfacesVectorOnlyHit()
    {
        using var index = await IndexedAsync();

        // "money back" shares no word with "refund"; only the embedding lexicon connects them.
        var result = await new HybridSearcher(index).SearchAsync("refund", top: 5);

        var moneyBack = Assert.Single(result.Hits, h => h.RecordId == "2");
        Assert.Null(moneyBack.KeywordRank);
        Assert.NotNull(moneyBack.VectorRank);
        Assert.Contains(result.Hits, h => h.KeywordRank is not null && h.VectorRank is not null);
    }

    [Fact]
    public async Task SearchAsync_ChannelFilter_ReturnsOnlyThatChannel()
    {
        using var index = await IndexedAsync();

        var result = await new HybridSearcher(index).SearchAsync(
            "refund money back",
            new SearchFilters(Channel: "Social"),
            10
        );

        Assert.Equal(["2", "5"], result.Hits.Select(h => h.RecordId).Order());
        Assert.All(result.Hits, h => Assert.Equal("social", h.Channel));
    }

    [Fact]
    public async Task SearchAsync_SinceAndSourceFilters_ApplyOnBothSides()
    {
        using var index = await IndexedAsync();
        var searcher = new HybridSearcher(index);

        var recent = await searcher.SearchAsync(
            "refund",
            new SearchFilters(Since: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
            10
        );
        var older = await searcher.SearchAsync(
            "refund",
            new SearchFilters(Until: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)),
            10
        );
        var survey = await searcher.SearchAsync("refund", new SearchFilters(Source: "SURVEY.csv"), 10);

        Assert.DoesNotContain(recent.Hits, h => h.RecordId is "1" or "4");
        Assert.Contains(recent.Hits, h => h.RecordId == "5");
        Assert.All(older.Hits, h => Assert.Contains(h.RecordId, new[] { "1", "4" }));
        Assert.Equal(["4"], survey.Hits.Select(h => h.RecordId));
    }

    [Fact]
    public async Task SearchAsync_TouchpointWithoutAnnotations_IgnoredWithNote()
    {
        using var index = await IndexedAsync();

        var result = await new HybridSearcher(index).SearchAsync(
            "refund",
            new SearchFilters(Touchpoint: "returns"),
            10
        );

        Assert.Contains(result.Notes, n => n.Contains("touchpoint filter 'returns' ignored", StringComparison.Ordinal));
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public async Task SearchAsync_HitText_IsRedacted()
    {
        using var index = await IndexedAsync();

        var result = await new HybridSearcher(index).SearchAsync("waiting refund email", top: 10);

        Assert.All(result.Hits, h => Assert.DoesNotContain("jane.doe", h.Text, StringComparison.Ordinal));
        Assert.Contains(result.Hits, h => h.RecordId == "5");
    }

    [Fact]
    public async Task SearchAsync_PunctuationOnlyQuery_ReturnsNoKeywordRanks()
    {
        using var index = await IndexedAsync();

        var result = await new HybridSearcher(index).SearchAsync("\"*-:()", top: 3);

        Assert.All(result.Hits, h => Assert.Null(h.KeywordRank));
    }
}
