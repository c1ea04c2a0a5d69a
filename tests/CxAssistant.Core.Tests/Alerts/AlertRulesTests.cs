using CxAssistant.Core.Alerts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Periods;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Tests.Alerts;

/// <summary>
/// January against February: delivery 2 of 20 records (both negative) then 12 of 20 (10 negative); checkout new with 4;
/// a long-wait pain new with 6; NPS +60 → −40; plus one undated negative delivery review.
/// </summary>
public sealed class AlertRulesTests
{
    private static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint { Id = "website", Name = "Website" },
            new Touchpoint { Id = "delivery", Name = "Delivery" },
            new Touchpoint { Id = "checkout", Name = "Checkout" },
        ]
    );

    private static readonly AlertOptions Off = new()
    {
        NegativeShare = null,
        NpsDrop = null,
        NewThemeRecords = null,
    };

    private static AnalysisResult Analysis(bool compare = true)
    {
        var records = new List<EvidenceRecord>();
        var annotations = new List<Annotation>();
        void Add(DateTime? day, string tp, bool negative, int? nps = null, string? pain = null)
        {
            var id = "r" + records.Count;
            records.Add(
                new EvidenceRecord
                {
                    Id = id,
                    RecordId = id,
                    Source = new SourceLocation("t.csv", records.Count + 2),
                    Channel = Channel.Survey,
                    Text = "x",
                    Timestamp = day is { } d ? new DateTimeOffset(d, TimeSpan.Zero) : null,
                    Nps = nps,
                }
            );
            annotations.Add(
                new Annotation
                {
                    EvidenceId = id,
                    Touchpoints = [new TouchpointMention(tp, 1, 0, 1)],
                    SentimentLabel = negative ? SentimentLabel.Negative : SentimentLabel.Neutral,
                    Sentiment = negative ? -0.6 : 0,
                    Cues = pain is null ? [] : [new Cue(CueLabels.Pain + pain, 0, 1)],
                }
            );
        }
        for (var i = 0; i < 20; i++)
        {
            Add(
                new DateTime(2026, 1, 1 + i),
                i < 2 ? "delivery" : "website",
                i < 2,
                i < 6 ? 10
                    : i < 10 ? 8
                    : null
            );
        }
        for (var i = 0; i < 20; i++)
        {
            Add(
                new DateTime(2026, 2, 1 + i),
                i < 12 ? "delivery"
                    : i < 16 ? "checkout"
                    : "website",
                i < 10,
                i < 6 ? 3
                    : i is 10 or 11 ? 10
                    : i is 12 or 13 ? 8
                    : null,
                i < 6 ? PainKind.LongWait : null
            );
        }
        Add(null, "delivery", negative: true);
        return new AnalysisResult
        {
            GeneratedAt = DateTimeOffset.UnixEpoch,
            Sources = [],
            Skipped = [],
            Catalog = Catalog,
            CatalogSource = "test",
            Records = records,
            Annotations = annotations,
            Scoring = TouchpointScorer.Score(new ScoringInput(records, annotations, Catalog)),
            Changes = compare ? PeriodComparer.Compare(records, annotations, Catalog, PeriodGrain.Month) : null,
        };
    }

    [Fact]
    public void Check_NpsFellMoreThanThreshold_OneNpsAlert()
    {
        var alerts = AlertRules.Check(Analysis(), Off with { NpsDrop = 10 });

        var alert = Assert.Single(alerts);
        Assert.Equal((AlertKind.NpsDrop, -100.0, "2026-02"), (alert.Kind, alert.Value, alert.Period));
        Assert.Contains("NPS fell 100 points from 2026-01 to 2026-02", alert.Message);
    }

    [Fact]
    public void Check_NpsDropAtThreshold_NoAlert() =>
        Assert.Empty(AlertRules.Check(Analysis(), Off with { NpsDrop = 100 }));

    [Theory]
    [InlineData(5, new[] { PainKind.LongWait })]
    [InlineData(4, new[] { "checkout", PainKind.LongWait })]
    [InlineData(7, new string[0])]
    public void Check_NewThemeSize_ThemesAtOrAboveIt(int size, string[] expected)
    {
        var alerts = AlertRules.Check(Analysis(), Off with { NewThemeRecords = size });

        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            alerts.Select(a => a.Subject!).Order(StringComparer.Ordinal)
        );
        Assert.All(alerts, a => Assert.Equal(AlertKind.NewTheme, a.Kind));
    }

    [Fact]
    public void Check_NegativeShareInLatestPeriod_NeedsMinimumMentions()
    {
        // Delivery in February: 10 of 12 mentions negative (83.3%); 12 mentions is below the default 20.
        Assert.Empty(AlertRules.Check(Analysis(), Off with { NegativeShare = 0.5 }));

        var alert = Assert.Single(AlertRules.Check(Analysis(), Off with { NegativeShare = 0.5, MinMentions = 12 }));
        Assert.Equal(("delivery", 0.833, 12, "2026-02"), (alert.Subject, alert.Value, alert.Support, alert.Period));
    }

    [Fact]
    public void Check_NegativeShareWithoutComparison_AllTheData()
    {
        // 2 + 10 + 1 negative of 2 + 12 + 1 delivery records = 13 of 15 (86.7%), undated review included.
        var alert = Assert.Single(
            AlertRules.Check(Analysis(compare: false), Off with { NegativeShare = 0.85, MinMentions = 15 })
        );

        Assert.Equal(("delivery", 0.867, 15), (alert.Subject, alert.Value, alert.Support));
        Assert.Null(alert.Period);
    }

    [Fact]
    public void Check_AllThresholdsOff_NoAlerts() => Assert.Empty(AlertRules.Check(Analysis(), Off));

    [Theory]
    [InlineData(1.5, 20, 10.0, 5, "NegativeShare")]
    [InlineData(0.5, 0, 10.0, 5, "MinMentions")]
    [InlineData(0.5, 20, -1.0, 5, "NpsDrop")]
    [InlineData(0.5, 20, 10.0, 0, "NewThemeRecords")]
    public void Problems_OutOfRange_NamesTheKey(double share, int mentions, double drop, int size, string key)
    {
        var problems = new AlertOptions
        {
            NegativeShare = share,
            MinMentions = mentions,
            NpsDrop = drop,
            NewThemeRecords = size,
        }.Problems();

        Assert.Contains(problems, p => p.StartsWith($"CxAssistant:Alerts:{key} ", StringComparison.Ordinal));
    }
}
