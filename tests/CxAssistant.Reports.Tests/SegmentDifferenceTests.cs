using CxAssistant.Core.Metrics;

namespace CxAssistant.Reports.Tests;

public sealed class SegmentDifferenceTests
{
    private static SegmentMetrics Group(string field, string value, int promoters, int passives, int detractors)
    {
        var n = promoters + passives + detractors;
        var score = 100.0 * (promoters - detractors) / n;
        var metrics = new ExperienceMetrics(
            n,
            new NpsResult(score, promoters, passives, detractors, score - 10, score + 10),
            null,
            null,
            null
        );
        return new SegmentMetrics(field, value, metrics, 0);
    }

    [Fact]
    public void Largest_ClearGapBetweenTwoGroups_IsFound()
    {
        var found = SegmentDifference.Largest([Group("mechanic", "A", 2, 3, 11), Group("mechanic", "B", 12, 2, 2)]);

        Assert.NotNull(found);
        Assert.Equal("B", found.High.Value);
        Assert.Equal("A", found.Low.Value);
        Assert.True(found.Z >= 1.96);
    }

    [Fact]
    public void Largest_SmallGapOrTinyGroups_IsNull()
    {
        Assert.Null(SegmentDifference.Largest([Group("region", "North", 5, 5, 5), Group("region", "South", 6, 5, 4)]));
        Assert.Null(SegmentDifference.Largest([Group("region", "North", 0, 1, 3), Group("region", "South", 4, 0, 0)]));
    }

    [Fact]
    public void Largest_NumericAnswersAreNotGroups_IsNull()
    {
        Assert.Null(
            SegmentDifference.Largest([Group("importance", "8", 2, 3, 11), Group("importance", "10", 12, 2, 2)])
        );
    }
}
