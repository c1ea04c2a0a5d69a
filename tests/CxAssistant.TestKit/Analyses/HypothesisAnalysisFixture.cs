using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.TestKit;

/// <summary>Small analyses built from texts (all about one touchpoint), scored by the real core.</summary>
public static class HypothesisAnalysisFixture
{
    public static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint
            {
                Id = "delivery",
                Name = "Delivery",
                Stage = JourneyStage.Delivery,
                Owner = "Logistics",
                Description = "Shipping and the carrier.",
            },
            new Touchpoint
            {
                Id = "returns",
                Name = "Returns",
                Stage = JourneyStage.Support,
                Owner = "Operations",
                Description = "Return labels and refunds.",
            },
        ]
    );

    public static AnalysisResult Build(params string[] texts) =>
        Build([.. texts.Select(t => (t, "delivery", (string[])[], (int?)null))]);

    public static AnalysisResult Build(
        IReadOnlyList<(string Text, string Touchpoint, string[] Pains, int? Nps)> rows
    ) => Build(rows, Catalog);

    /// <summary>The same, for a business read with another catalog (a preset's, say).</summary>
    public static AnalysisResult Build(
        IReadOnlyList<(string Text, string Touchpoint, string[] Pains, int? Nps)> rows,
        TouchpointCatalog catalog
    )
    {
        var records = new List<EvidenceRecord>();
        var annotations = new List<Annotation>();
        foreach (var (text, touchpoint, pains, nps) in rows)
        {
            var id = "e" + (records.Count + 1);
            records.Add(
                new EvidenceRecord
                {
                    Id = id,
                    RecordId = "r" + (records.Count + 1),
                    Text = text,
                    CustomerId = "C" + records.Count,
                    Nps = nps,
                    Source = new SourceLocation("feedback.csv", records.Count + 2),
                    Channel = Channel.Survey,
                }
            );
            annotations.Add(
                new Annotation
                {
                    EvidenceId = id,
                    Touchpoints = [new TouchpointMention(touchpoint, 1, 0, Math.Min(5, text.Length))],
                    Sentiment = pains.Length > 0 ? -0.6 : 0.3,
                    SentimentLabel = pains.Length > 0 ? SentimentLabel.Negative : SentimentLabel.Positive,
                    Cues = [.. pains.Select(p => new Cue(CueLabels.Pain + p, 0, Math.Min(5, text.Length)))],
                }
            );
        }
        return new AnalysisResult
        {
            GeneratedAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            Sources = [],
            Skipped = [],
            Catalog = catalog,
            CatalogSource = "test",
            Records = records,
            Annotations = annotations,
            Scoring = TouchpointScorer.Score(new ScoringInput(records, annotations, catalog)),
        };
    }
}
