using CxAssistant.Core.Analysis;

namespace CxAssistant.Core.Tests.Analysis;

public sealed class SideBySideTests
{
    [Fact]
    public void Run_EveryStepRuns()
    {
        var done = new bool[4];

        SideBySide.Run(() => done[0] = true, () => done[1] = true, () => done[2] = true, () => done[3] = true);

        Assert.All(done, Assert.True);
    }

    [Fact]
    public void Run_AFailingStep_ThrowsItsOwnExceptionNotAnAggregate()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            SideBySide.Run(() => { }, () => throw new ArgumentException("bad input", "records"))
        );

        Assert.Equal("records", e.ParamName);
    }

    [Fact]
    public void Run_AFailureInsideANestedParallelLoop_IsUnwrappedToo()
    {
        Assert.Throws<InvalidOperationException>(() => SideBySide.Run(() => Parallel.For(0, 4, i =>
                {
                    if (i == 2)
                    {
                        throw new InvalidOperationException("step 2");
                    }
                })));
    }
}
