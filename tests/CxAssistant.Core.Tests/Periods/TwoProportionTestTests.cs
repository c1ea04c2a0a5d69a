using CxAssistant.Core.Periods;

namespace CxAssistant.Core.Tests.Periods;

public sealed class TwoProportionTestTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1.959964, 0.05)]
    [InlineData(-1.959964, 0.05)]
    [InlineData(2.575829, 0.01)]
    [InlineData(3.290527, 0.001)]
    [InlineData(1.0, 0.317311)]
    public void TwoSidedP_KnownQuantiles_MatchNormalTable(double z, double expected) =>
        Assert.Equal(expected, TwoProportionTest.TwoSidedP(z), 5);

    [Fact]
    public void Test_TenVersusTwentyOfHundred_PooledZAndP()
    {
        // p̂ = 30/200 = 0.15; se = √(0.15·0.85·(1/100 + 1/100)) = 0.0504975; z = 0.10 / se = 1.98030.
        var (z, p) = TwoProportionTest.Test(10, 100, 20, 100);

        Assert.Equal(1.98030, z, 4);
        Assert.Equal(0.04767, p, 4);
    }

    [Fact]
    public void Test_Decrease_NegativeZSameP()
    {
        var up = TwoProportionTest.Test(10, 100, 20, 100);
        var down = TwoProportionTest.Test(20, 100, 10, 100);

        Assert.Equal(-up.Z, down.Z, 10);
        Assert.Equal(up.P, down.P, 10);
    }

    [Theory]
    [InlineData(0, 0, 5, 10)]
    [InlineData(3, 10, 0, 0)]
    [InlineData(0, 10, 0, 20)]
    [InlineData(10, 10, 20, 20)]
    public void Test_NothingToTest_ZeroAndOne(int h1, int n1, int h2, int n2) =>
        Assert.Equal((0.0, 1.0), TwoProportionTest.Test(h1, n1, h2, n2));
}
