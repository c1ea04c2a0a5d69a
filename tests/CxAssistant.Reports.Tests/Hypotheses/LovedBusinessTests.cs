using System.Text;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Reports.Tests.Hypotheses;

/// <summary>
/// A business its customers love on balance, whose reviews still hold one clear cluster of complaints: it gets a
/// fix-first list, hypotheses for it, and a report that says the customers are mostly positive.
/// </summary>
public sealed class LovedBusinessTests
{
    // 30 guests, every review positive on balance (+0.5). 20 praise the returns and complain that the delivery was
    // late, in the same review; 10 only praise the returns.
    private static AnalysisResult Build(int lateDeliveries = 20, int happyDeliveries = 0)
    {
        var records = new List<EvidenceRecord>();
        var annotations = new List<Annotation>();
        void Add(string text, (string Id, string Word)[] touchpoints, (string Label, string Word)[] cues)
        {
            var id = "e" + (records.Count + 1);
            records.Add(
                new EvidenceRecord
                {
                    Id = id,
                    RecordId = id,
                    Text = text,
                    CustomerId = "C" + records.Count,
                    Rating = 4,
                    Source = new SourceLocation("reviews.csv", records.Count + 2),
                    Channel = Channel.Review,
                }
            );
            annotations.Add(
                new Annotation
                {
                    EvidenceId = id,
                    Sentiment = 0.5,
                    SentimentLabel = SentimentLabel.Positive,
                    Touchpoints =
                    [
                        .. touchpoints.Select(t => new TouchpointMention(
                            t.Id,
                            1,
                            text.IndexOf(t.Word, StringComparison.Ordinal),
                            text.IndexOf(t.Word, StringComparison.Ordinal) + t.Word.Length
                        )),
                    ],
                    Cues =
                    [
                        .. cues.Select(c => new Cue(
                            c.Label,
                            text.IndexOf(c.Word, StringComparison.Ordinal),
                            text.IndexOf(c.Word, StringComparison.Ordinal) + c.Word.Length
                        )),
                    ],
                }
            );
        }
        for (var i = 0; i < happyDeliveries; i++)
        {
            Add(
                $"Loved the quick delivery of order {i}.",
                [("delivery", "delivery")],
                [("sentiment:positive", "Loved")]
            );
        }
        for (var i = 0; i < lateDeliveries; i++)
        {
            Add(
                $"Loved how easy the returns were. The delivery of order {i} came two weeks late.",
                [("returns", "returns"), ("delivery", "delivery")],
                [("sentiment:positive", "Loved"), (CueLabels.Pain + PainKind.LongWait, "two weeks late")]
            );
        }
        for (var i = 0; i < 10; i++)
        {
            Add(
                $"Returns were easy and quick, thank you ({i}).",
                [("returns", "Returns")],
                [("sentiment:positive", "easy")]
            );
        }
        return new AnalysisResult
        {
            GeneratedAt = new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero),
            Sources = [],
            Skipped = [],
            Catalog = HypothesisAnalysisFixture.Catalog,
            CatalogSource = "test",
            Records = records,
            Annotations = annotations,
            Scoring = TouchpointScorer.Score(new ScoringInput(records, annotations, HypothesisAnalysisFixture.Catalog)),
        };
    }

    [Fact]
    public void Draft_NetPositiveBusinessWithComplaintCluster_DraftsHypothesesForTheComplainedTouchpoint()
    {
        var analysis = Build();
        Assert.All(analysis.Scoring.Touchpoints, t =>
            Assert.True(t.EmotionalImpact.Value >= DimensionLevels.PositiveCut)
        );

        var backlog = HypothesisDrafter.Draft(analysis);

        Assert.Equal(["delivery"], analysis.FixFirst(3).Select(t => t.TouchpointId));
        Assert.Equal("delivery", Assert.Single(backlog.Touchpoints).TouchpointId);
        Assert.Equal(5, backlog.Touchpoints[0].Hypotheses.Count);
    }

    [Fact]
    public void Summary_NetPositiveBusiness_SaysCustomersAreMostlyPositive()
    {
        var analysis = Build() is var a ? a with { Hypotheses = HypothesisDrafter.Draft(a) } : null!;
        var sb = new StringBuilder();

        SummarySection.Write(sb, analysis, new ReportOptions());

        var text = sb.ToString();
        Assert.Contains(
            "**Fix first** (customers are mostly positive; these carry the most complaints): 1. Delivery",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("20 of 20 complain", text, StringComparison.Ordinal);
        Assert.Contains("**What customers love:** Returns.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_TouchpointBothWarmAndComplainedAbout_IsFixFirstAndNotAlsoLoved()
    {
        // Delivery: 12 late of 30 (40 % complain, under the "loved" cut of half) on a warm business; returns: none.
        var analysis = Build(lateDeliveries: 12, happyDeliveries: 18) is var a
            ? a with
            {
                Hypotheses = HypothesisDrafter.Draft(a),
            }
            : null!;
        var delivery = analysis.Scoring.Touchpoints.Single(t => t.TouchpointId == "delivery");
        Assert.True(SummarySection.IsLoved(delivery), "the case needs a touchpoint that is loved on its own numbers");
        Assert.Equal("delivery", analysis.FixFirst(3)[0].TouchpointId);
        var sb = new StringBuilder();

        SummarySection.Write(sb, analysis, new ReportOptions());
        OwnerSummarySection.Write(sb, analysis, new ReportOptions());

        var text = sb.ToString();
        Assert.Contains("**What customers love:** Returns.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- Delivery “", text, StringComparison.Ordinal);
    }
}
