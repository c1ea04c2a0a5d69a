using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Hypotheses;

/// <summary>
/// A hand-countable analysis: delivery is mentioned by 10 customers, 4 with a long-wait cue (40%), 3 negative;
/// NPS answers 2, 3, 5 (detractors), 8 (passive), 9, 10 (promoters) plus four without an answer → NPS −16.7 (n=6).
/// </summary>
internal static class HypothesisFixture
{
    public const string LateText = "My parcel took 16 days to arrive and nobody told me.";

    public static AnalysisResult Analysis()
    {
        var sample = new Sample();
        int?[] nps = [2, 3, 5, 8, 9, 10, null, null, null, null];
        for (var i = 0; i < nps.Length; i++)
        {
            sample.Add(
                ["delivery"],
                sentiment: i < 3 ? -0.6 : 0.2,
                nps: nps[i],
                customer: "C" + i,
                pains: i < 4 ? [PainKind.LongWait] : null,
                text: i == 0 ? LateText : "Delivery was fine " + i
            );
        }
        sample.Add(["checkout"], nps: 9, customer: "C99", text: "Checkout was quick.");
        var input = sample.Input();
        var annotations = input
            .Annotations.Select(a => a.Sentiment < 0 ? a with { SentimentLabel = SentimentLabel.Negative } : a)
            .ToList();
        input = input with { Annotations = annotations };
        return new AnalysisResult
        {
            GeneratedAt = Sample.T0,
            Sources = [],
            Skipped = [],
            Catalog = Sample.Catalog,
            CatalogSource = "test",
            Records = input.Records,
            Annotations = input.Annotations,
            Scoring = TouchpointScorer.Score(input),
        };
    }

    /// <summary>A hypothesis whose every figure matches <see cref="Analysis"/>.</summary>
    public static ImprovementHypothesis Valid(AnalysisResult analysis)
    {
        var baseline = HypothesisBaselines.Compute(analysis, "delivery", BaselineKind.PainShare, PainKind.LongWait)!;
        var record = analysis.Records[0];
        return new ImprovementHypothesis
        {
            Id = "delivery-h1",
            TouchpointId = "delivery",
            Title = "Proactive delay notices",
            Pain = PainKind.LongWait,
            Change = "Text customers when a parcel is late.",
            Resources = "A developer for a week.",
            SuccessMetric = new SuccessMetric(
                "Share of delivery mentions about long waits",
                baseline,
                "20% or less",
                "Re-run the analysis after 8 weeks."
            ),
            UnintendedConsequences = ["More messages."],
            Effort = HypothesisLevel.Low,
            ExpectedImpact = new ExpectedImpact(
                HypothesisLevel.High,
                4,
                10,
                analysis.Scoring.Touchpoints.First(t => t.TouchpointId == "delivery").NpsImpact
            ),
            KillCriterion = "Stop if still above 35% after 8 weeks.",
            Evidence = [EvidenceQuote.Of(record, 3, 30)],
            Specifics = [EvidenceQuote.Of(record, 15, 22)],
            PainCounts = [new PainCount(PainKind.LongWait, 4)],
            Provenance = Provenance.Offline,
        };
    }
}
