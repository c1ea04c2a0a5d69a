using CxAssistant.Analysis.Personas;

namespace CxAssistant.Analysis.Tests.Personas;

public sealed class KMeansTests
{
    [Fact]
    public void Fit_SameInputAndSeed_SameAssignmentAndCentroids()
    {
        var (points, _) = Blobs.Make(groups: 3, size: 15);

        var a = KMeans.Fit(points, 3, seed: 42);
        var b = KMeans.Fit(points, 3, seed: 42);

        Assert.Equal(a.Assignment, b.Assignment);
        Assert.Equal(a.Inertia, b.Inertia);
        Assert.Equal(a.Centroids.SelectMany(c => c), b.Centroids.SelectMany(c => c));
    }

    [Fact]
    public void Fit_SeparableGroups_RecoversThem()
    {
        var (points, truth) = Blobs.Make(groups: 3, size: 15);

        var result = KMeans.Fit(points, 3, seed: 7);

        Assert.True(Blobs.SamePartition(truth, result.Assignment));
        Assert.Equal([15, 15, 15], result.Sizes().Order());
    }

    [Fact]
    public void Fit_DifferentSeeds_SamePartitionOnClearData()
    {
        var (points, _) = Blobs.Make(groups: 4, size: 10);

        Assert.True(
            Blobs.SamePartition(KMeans.Fit(points, 4, seed: 1).Assignment, KMeans.Fit(points, 4, seed: 99).Assignment)
        );
    }

    [Fact]
    public void Fit_MoreClustersThanPoints_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            KMeans.Fit(
                [
                    [0.0],
                    [1.0],
                ],
                3,
                seed: 1
            )
        );
    }
}
