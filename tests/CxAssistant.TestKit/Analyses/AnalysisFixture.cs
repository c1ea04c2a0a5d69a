using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.TestKit;

/// <summary>A small hand-made analysis (three records, two touchpoints) for testing renderers in isolation.</summary>
public static class AnalysisFixture
{
    public const string Script = "<script>alert('x')</script>";

    public static AnalysisResult Build(
        string firstText = "The delivery was two weeks late. " + Script + " Never again!"
    )
    {
        var records = new[]
        {
            Record("e1", "r-1", firstText, "C1", nps: 2),
            Record("e2", "r-2", "Checkout was quick and the staff were lovely.", "C2", nps: 10),
            Record("e3", "r-3", "[click me](http://evil.example) courier lost my parcel", "C3", nps: 5),
        };
        var annotations = new[]
        {
            Annotate("e1", "delivery", 4, 12, -0.8, SentimentLabel.Negative, PainKind.LongWait),
            Annotate("e2", "checkout", 0, 8, 0.7, SentimentLabel.Positive, null),
            Annotate("e3", "delivery", 29, 36, -0.6, SentimentLabel.Negative, PainKind.Defect),
        };
        var catalog = new TouchpointCatalog(
            "test",
            [
                new Touchpoint
                {
                    Id = "delivery",
                    Name = "Delivery",
                    Stage = JourneyStage.Delivery,
                    Owner = "Logistics",
                },
                new Touchpoint
                {
                    Id = "checkout",
                    Name = "Checkout",
                    Stage = JourneyStage.Purchase,
                },
            ]
        );
        var nps = new NpsResult(-33.3, 1, 0, 2, -100, 40);
        var scores = new[]
        {
            Score("delivery", 2, -0.7, 81, quickWin: false, npsImpact: 66.7),
            Score("checkout", 1, 0.7, 5, quickWin: false, npsImpact: null),
        };
        var network = new TouchpointNetwork(
            ["delivery", "checkout"],
            [new NetworkEdge("checkout", "delivery", EdgeKind.Sequence, 2)],
            [new CriticalMoment("delivery", "2 of 2 detractors mention it")],
            FromTimelines: true
        );
        return new AnalysisResult
        {
            GeneratedAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            Sources =
            [
                new SourceSummary("feedback.csv", "csv", 3, 1, new Dictionary<string, string> { ["text"] = "comment" }),
            ],
            Skipped = [new SkippedInput("feedback.csv", 5, "empty text")],
            Catalog = catalog,
            CatalogSource = "test catalog",
            Records = records,
            Annotations = annotations,
            Scoring = new ScoringResult(
                new ExperienceMetrics(3, nps, null, null, null),
                scores,
                network,
                [],
                ["Only 3 NPS answers."]
            ),
        };
    }

    private static EvidenceRecord Record(string id, string recordId, string text, string customer, int nps) =>
        new()
        {
            Id = id,
            RecordId = recordId,
            Text = text,
            CustomerId = customer,
            Nps = nps,
            Source = new SourceLocation(
                "feedback.csv",
                int.Parse(recordId[2..], System.Globalization.CultureInfo.InvariantCulture) + 1
            ),
            Channel = Channel.Survey,
        };

    private static Annotation Annotate(
        string id,
        string touchpoint,
        int start,
        int end,
        double sentiment,
        SentimentLabel label,
        string? pain
    ) =>
        new()
        {
            EvidenceId = id,
            Touchpoints = [new TouchpointMention(touchpoint, 0.9, start, end)],
            Sentiment = sentiment,
            SentimentLabel = label,
            Cues = pain is null ? [] : [new Cue(CueLabels.Pain + pain, start, end)],
        };

    private static TouchpointScore Score(
        string id,
        int mentions,
        double emotion,
        double priority,
        bool quickWin,
        double? npsImpact
    ) =>
        new()
        {
            TouchpointId = id,
            Mentions = mentions,
            Customers = mentions,
            EmotionalImpact = new DimensionScore(
                emotion,
                emotion - 0.2,
                emotion + 0.2,
                mentions,
                emotion < 0 ? "highly negative" : "highly positive"
            ),
            FunctionalPerformance = new DimensionScore(0.5, 0.1, 0.9, mentions, "mixed"),
            Frequency = new DimensionScore(0.66, 0.2, 0.9, mentions, "extremely common"),
            BusinessImpact = new DimensionScore(0.8, 0.6, 0.9, mentions, "mission-critical"),
            Priority = priority,
            QuickWin = quickWin,
            NpsImpact = npsImpact,
            Metrics = new ExperienceMetrics(mentions, null, null, null, null),
            ThinEvidence = true,
        };
}
