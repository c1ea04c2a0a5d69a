using CxAssistant.Data.Memory.Search;

namespace CxAssistant.Data.Tests.Memory.Search;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_TwoRankings_SumsReciprocalRanksWithK60()
    {
        var fused = ReciprocalRankFusion.Fuse([
            ["a", "b", "c"],
            ["c", "a"],
        ]);

        Assert.Equal(["a", "c", "b"], fused.Select(f => f.Id));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 12);
        Assert.Equal(1.0 / 63 + 1.0 / 61, fused[1].Score, 12);
        Assert.Equal(1.0 / 62, fused[2].Score, 12);
    }

    [Fact]
    public void Fuse_IdInOnlyOneRanking_StillSurfaces()
    {
        var fused = ReciprocalRankFusion.Fuse([
            ["keyword-only"],
            ["vector-only"],
        ]);

        Assert.Equal(["keyword-only", "vector-only"], fused.Select(f => f.Id));
        Assert.All(fused, f => Assert.Equal(1.0 / 61, f.Score, 12));
    }

    [Fact]
    public void Fuse_AgreementBeatsOneTopRank_WhenBothListsRankItHigh()
    {
        // Rank 2 in both lists (2/62) beats rank 1 in one list only (1/61): RRF rewards agreement.
        var fused = ReciprocalRankFusion.Fuse([
            ["x", "both"],
            ["y", "both"],
        ]);

        Assert.Equal("both", fused[0].Id);
    }

    [Fact]
    public void Fuse_CustomK_UsesIt()
    {
        var fused = ReciprocalRankFusion.Fuse(
            [
                ["a", "b"],
            ],
            k: 0
        );

        Assert.Equal(1.0, fused[0].Score, 12);
        Assert.Equal(0.5, fused[1].Score, 12);
    }

    [Fact]
    public void Fuse_NoRankings_ReturnsEmpty() => Assert.Empty(ReciprocalRankFusion.Fuse([]));
}
