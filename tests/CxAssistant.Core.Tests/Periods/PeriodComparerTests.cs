using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Periods;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Tests.Periods;

/// <summary>Hand-counted months: January against February (numbers worked out in each test).</summary>
public sealed class PeriodComparerTests
{
    private static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint { Id = "website", Name = "Website" },
            new Touchpoint { Id = "delivery", Name = "Delivery" },
            new Touchpoint { Id = "checkout", Name = "Checkout" },
        ]
    );

    private readonly List<EvidenceRecord> _records = [];
    private readonly List<Annotation> _annotations = [];

    public PeriodComparerTests()
    {
        // January: 20 records. Delivery 2 (both negative, promoters); website 18; NPS 6 promoters + 4 passives = +60.
        for (var i = 0; i < 20; i++)
        {
            Add(
                new DateTime(2026, 1, 1 + i),
                i < 2 ? "delivery" : "website",
                negative: i < 2,
                nps: i < 6 ? 10
                    : i < 10 ? 8
                    : null
            );
        }
        // February: 20 records. Delivery 12 (10 negative; 6 of them detractors with a long wait), checkout 4 (new),
        // website 4; NPS 6 detractors + 2 promoters + 2 passives = −40.
        for (var i = 0; i < 20; i++)
        {
            var tp =
                i < 12 ? "delivery"
                : i < 16 ? "checkout"
                : "website";
            int? nps =
                i < 6 ? 3
                : i is 10 or 11 ? 10
                : i is 12 or 13 ? 8
                : null;
            Add(new DateTime(2026, 2, 1 + i), tp, negative: i < 10, nps: nps, pain: i < 6 ? PainKind.LongWait : null);
        }
        // Not customer records: an agent's turn, an undated review.
        Add(new DateTime(2026, 2, 25), "delivery", negative: true, speaker: "agent");
        Add(null, "delivery", negative: true);
    }

    private PeriodComparison Compare() =>
        PeriodComparer.Compare(_records, _annotations, Catalog, PeriodGrain.Month)
        ?? throw new InvalidOperationException("Expected a comparison.");

    [Fact]
    public void Compare_TwoMonths_LatestAgainstPreviousWithCustomerRecordsOnly()
    {
        var c = Compare();

        Assert.Equal(("2026-01", "2026-02"), (c.Before, c.After));
        Assert.Equal((20, 20), (c.BeforeRecords, c.AfterRecords));
        Assert.Equal(["2026-01", "2026-02"], c.Periods.Select(p => p.Period));
    }

    [Fact]
    public void Compare_DeliveryGrowth_SharesAndZTest()
    {
        var d = Compare().Themes.Single(t => t.Id == "delivery");

        // Volume 2/20 = 10% → 12/20 = 60%: pooled 0.35, se = √(0.35·0.65·0.1) = 0.150831, z = 0.5/se = 3.31497.
        Assert.Equal((10.0, 60.0, 50.0), (d.Volume.Before, d.Volume.After, d.Volume.Change));
        Assert.Equal(3.315, d.Volume.Z, 3);
        Assert.Equal(0.0009, d.Volume.P, 4);
        Assert.True(d.Volume.Significant);
        Assert.True(d.IsGrowing);
        Assert.False(d.IsNew);
        // Negative when mentioned: 2/2 → 10/12; complaints 2/20 → 10/20.
        Assert.Equal((100.0, 83.3), (d.Negative.Before, d.Negative.After));
        Assert.Equal((10.0, 50.0), (d.Complaints.Before, d.Complaints.After));
        // NPS impact: 0 of 10 answers → 6 of 10 detractors linked = 60 points; z = 0.6/√(0.3·0.7·0.2) = 2.92770.
        Assert.Equal((0.0, 60.0), (d.NpsImpact!.Before, d.NpsImpact.After));
        Assert.Equal(2.928, d.NpsImpact.Z, 3);
        Assert.True(d.NpsImpact.Significant);
    }

    [Fact]
    public void Compare_CheckoutAbsentBefore_NewButTooSmallToCallSignificant()
    {
        var c = Compare().Themes.Single(t => t.Id == "checkout");

        // 0 → 4 of 20: p = 0.035, but 4 records are below the 5 the test needs; it is still new (at least 3).
        Assert.True(c.IsNew);
        Assert.True(c.IsEmerging);
        Assert.Equal(0.035, c.Volume.P, 3);
        Assert.False(c.Volume.Significant);
    }

    [Fact]
    public void Compare_PainOnlyInLatest_NewPainThemeWithItsName()
    {
        var pain = Compare().Themes.Single(t => t.Kind == ThemeKind.Pain);

        Assert.Equal(PainKind.LongWait, pain.Id);
        Assert.True(char.IsUpper(pain.Name[0]));
        Assert.Equal(6, pain.Volume.AfterHits);
        Assert.True(pain.IsNew);
    }

    [Fact]
    public void Compare_NpsFall_UnpooledVarianceZTest()
    {
        var nps = Compare().Nps!;

        // +60 → −40. Variances ×100²: Jan (0.6 − 0.36)/10 = 240, Feb (0.8 − 0.16)/10 = 640; z = −100/√880 = −3.37100.
        Assert.Equal((60.0, -40.0, -100.0), (nps.Before.Score, nps.After.Score, nps.Change));
        Assert.Equal(-3.371, nps.Z, 3);
        Assert.True(nps.Significant);
    }

    [Fact]
    public void Compare_UnanimousPeriods_FallsBackToPooledVariance()
    {
        var records = new List<EvidenceRecord>();
        var annotations = new List<Annotation>();
        for (var i = 0; i < 20; i++)
        {
            var id = "u" + i;
            records.Add(
                new EvidenceRecord
                {
                    Id = id,
                    RecordId = id,
                    Source = new SourceLocation("s.csv", i + 2),
                    Channel = Channel.Survey,
                    Text = "x",
                    Timestamp = new DateTimeOffset(2026, i < 10 ? 1 : 2, 5, 0, 0, 0, TimeSpan.Zero),
                    Nps = i < 10 ? 10 : 0,
                }
            );
            annotations.Add(new Annotation { EvidenceId = id });
        }

        var nps = PeriodComparer.Compare(records, annotations, Catalog, PeriodGrain.Month)!.Nps!;

        // +100 → −100: each period alone has no spread; pooled p₊ = p₋ = 0.5, var = 1·(1/10 + 1/10)·100², z =
        // −200/44.72.
        Assert.Equal(-4.472, nps.Z, 3);
        Assert.True(nps.Significant);
    }

    [Fact]
    public void Compare_ChangedThemesFirst_SmallestPFirst()
    {
        var themes = Compare().Themes;

        var changed = themes.TakeWhile(t => t.Changed).ToList();
        Assert.Contains(changed, t => t.Id == "delivery");
        Assert.Equal(changed.OrderBy(t => t.MinP).Select(t => t.Id), changed.Select(t => t.Id));
        Assert.All(themes.Skip(changed.Count), t => Assert.False(t.Changed));
    }

    [Fact]
    public void Compare_OneDatedMonth_Null()
    {
        var january = Enumerable.Range(0, 20).ToList();

        var result = PeriodComparer.Compare(
            [.. january.Select(i => _records[i])],
            [.. january.Select(i => _annotations[i])],
            Catalog,
            PeriodGrain.Month
        );

        Assert.Null(result);
    }

    private void Add(
        DateTime? day,
        string touchpoint,
        bool negative,
        int? nps = null,
        string? pain = null,
        string? speaker = null
    )
    {
        var id = "r" + _records.Count;
        _records.Add(
            new EvidenceRecord
            {
                Id = id,
                RecordId = id,
                Source = new SourceLocation("test.csv", _records.Count + 2),
                Channel = Channel.Survey,
                Text = "feedback",
                Timestamp = day is { } d ? new DateTimeOffset(d, TimeSpan.Zero) : null,
                Nps = nps,
                Speaker = speaker,
            }
        );
        _annotations.Add(
            new Annotation
            {
                EvidenceId = id,
                Touchpoints = [new TouchpointMention(touchpoint, 1, 0, 1)],
                Sentiment = negative ? -0.6 : 0,
                SentimentLabel = negative ? SentimentLabel.Negative : SentimentLabel.Neutral,
                Cues = pain is null ? [] : [new Cue(CueLabels.Pain + pain, 0, 1)],
            }
        );
    }
}
