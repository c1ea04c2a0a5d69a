using CxAssistant.Analysis.Annotators;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Evaluate_KnownConfusion_ComputesMacroF1()
    {
        string[] gold = ["a", "a", "b", "b"];
        string[] predicted = ["a", "b", "b", "b"];
        var report = ClassificationMetrics.Evaluate(gold, predicted);
        // a: P=1 R=0.5 F1=0.667; b: P=0.667 R=1 F1=0.8
        Assert.Equal(0.75, report.Accuracy, 3);
        Assert.Equal((2.0 / 3 + 0.8) / 2, report.MacroF1, 3);
    }

    [Fact]
    public void Evaluate_PredictedClassAbsentFromGold_CountsAsZero()
    {
        var report = ClassificationMetrics.Evaluate(["a", "a"], ["a", "c"]);
        Assert.Equal(0, report.F1ByClass["c"]);
        Assert.True(report.MacroF1 < 0.5);
    }

    [Fact]
    public void Evaluate_LengthMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.Evaluate(["a"], ["a", "b"]));
}
