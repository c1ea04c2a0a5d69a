using System.Globalization;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class SegmentAnalysisTests
{
    private static Dictionary<string, string> Meta(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Compute_CategoricalField_SegmentsWithMetricsAndSentiment()
    {
        // pro ×6 (sentiment 0.5, NPS 10), basic ×5 (sentiment −0.2, NPS 3), trial ×1 (below the minimum of 5: dropped)
        var s = new Sample()
            .Repeat(6, x => x.Add([], sentiment: 0.5, nps: 10, metadata: Meta(("plan", "pro"))))
            .Repeat(5, x => x.Add([], sentiment: -0.2, nps: 3, metadata: Meta(("plan", "Basic"))))
            .Add([], metadata: Meta(("plan", "trial")));
        var segments = SegmentAnalysis.Compute(s.Records, s.Annotations);
        Assert.Equal(["pro", "Basic"], segments.Select(x => x.Value));
        Assert.All(segments, x => Assert.Equal("plan", x.Field));
        Assert.Equal(
            (6, 100.0, 0.5),
            (segments[0].Metrics.Records, segments[0].Metrics.Nps!.Score, segments[0].MeanSentiment)
        );
        Assert.Equal(
            (5, -100.0, -0.2),
            (segments[1].Metrics.Records, segments[1].Metrics.Nps!.Score, segments[1].MeanSentiment)
        );
    }

    [Fact]
    public void Compute_IdsFreeTextAndSingleValue_Skipped()
    {
        var s = new Sample();
        for (var i = 0; i < 12; i++)
        {
            s.Add(
                [],
                metadata: Meta(
                    ("customer_id", (i % 3).ToString(CultureInfo.InvariantCulture)),
                    (
                        "note",
                        i % 2 == 0
                            ? "the parcel arrived late and the box was crushed on one side"
                            : "lovely staff, quick service and a free sample included"
                    ),
                    ("country", "NL")
                )
            );
        }
        Assert.Empty(SegmentAnalysis.Compute(s.Records, s.Annotations));
    }

    [Fact]
    public void Compute_NumericHighCardinality_Terciles()
    {
        // order values 10, 20, … 150 (15 values, 15 distinct > 12): nearest-rank cuts at rank 5 (50) and rank 10 (100)
        // low ≤ 50: 5 records; mid 50–100: 5; high > 100: 5
        var s = new Sample();
        for (var v = 10; v <= 150; v += 10)
        {
            s.Add([], metadata: Meta(("order value", v.ToString(CultureInfo.InvariantCulture) + ".5")));
        }
        var segments = SegmentAnalysis.Compute(s.Records, s.Annotations);
        Assert.Equal(["low (≤ 50.5)", "mid (50.5–100.5)", "high (> 100.5)"], segments.Select(x => x.Value));
        Assert.All(segments, x => Assert.Equal(5, x.Metrics.Records));
    }

    [Fact]
    public void Compute_AllDistinctWholeNumbers_TreatedAsIds()
    {
        var s = new Sample();
        for (var v = 1000; v < 1015; v++)
        {
            s.Add([], metadata: Meta(("order", v.ToString(CultureInfo.InvariantCulture))));
        }
        Assert.Empty(SegmentAnalysis.Compute(s.Records, s.Annotations));
    }

    [Fact]
    public void Compute_FewRecordsOfAManyValuedCount_NotShownAsCategories()
    {
        // likes: 8 distinct counts over 16 records — an amount, not a category, so binned into terciles (16 ≥ 3 × 5)
        var s = new Sample();
        foreach (var likes in new[] { 0, 1, 3, 8, 40, 113, 2, 5, 0, 1, 3, 8, 40, 113, 2, 5 })
        {
            s.Add([], metadata: Meta(("likes", likes.ToString(CultureInfo.InvariantCulture))));
        }
        var segments = SegmentAnalysis.Compute(s.Records, s.Annotations);
        Assert.DoesNotContain(segments, x => x.Value == "113");
        Assert.All(segments, x => Assert.Matches("^(low|mid|high) ", x.Value));
    }

    [Fact]
    public void Compute_NoRecords_Empty()
    {
        Assert.Empty(SegmentAnalysis.Compute([], []));
    }
}
