using CxAssistant.Analysis.Personas;

namespace CxAssistant.Analysis.Tests.Personas;

public sealed class KSelectionTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Choose_SeparableGroups_PicksTheirNumber(int groups)
    {
        var (points, truth) = Blobs.Make(groups, size: 20);

        var (best, tried) = KSelection.Choose(points, new PersonaOptions());

        Assert.Equal(groups, best.K);
        Assert.True(Blobs.SamePartition(truth, best.Assignment));
        Assert.Equal(best.Silhouette, tried.Max(t => t.Silhouette), 3);
    }

    [Fact]
    public void Choose_ExplicitCount_OverridesSilhouette()
    {
        var (points, _) = Blobs.Make(groups: 3, size: 20);

        var (best, tried) = KSelection.Choose(points, new PersonaOptions { Count = 5 });

        Assert.Equal(5, best.K);
        Assert.Single(tried);
    }

    [Fact]
    public void Choose_TooFewPointsForTwoClusters_OneCluster()
    {
        var (points, _) = Blobs.Make(groups: 2, size: 2);

        var (best, _) = KSelection.Choose(points, new PersonaOptions());

        Assert.Equal(1, best.K);
    }

    [Fact]
    public void Silhouette_SeparatedGroups_NearOne()
    {
        var (points, truth) = Blobs.Make(groups: 3, size: 10);

        Assert.InRange(Silhouette.Mean(points, truth, 3), 0.8, 1.0);
    }

    [Fact]
    public void MinClusterSize_SmallAndLargeData_AtLeastThreeOrFivePercent()
    {
        Assert.Equal(3, KSelection.MinClusterSize(20));
        Assert.Equal(10, KSelection.MinClusterSize(200));
    }
}
