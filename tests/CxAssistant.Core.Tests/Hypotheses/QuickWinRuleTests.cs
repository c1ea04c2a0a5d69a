using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Core.Tests.Hypotheses;

public sealed class QuickWinRuleTests
{
    [Theory]
    [InlineData(HypothesisLevel.Low, HypothesisLevel.Medium, PainKind.RudeStaff, true)]
    [InlineData(HypothesisLevel.Low, HypothesisLevel.High, PainKind.HiddenFee, true)]
    // cheap, but for 2 complaints in 100
    [InlineData(HypothesisLevel.Low, HypothesisLevel.Low, PainKind.RudeStaff, false)]
    [InlineData(HypothesisLevel.Medium, HypothesisLevel.High, PainKind.RudeStaff, false)]
    [InlineData(HypothesisLevel.Low, HypothesisLevel.High, PainKind.Defect, false)]
    public void IsQuickWin_EffortImpactAndPain_OnlyCheapChangesThatMoveEnough(
        HypothesisLevel effort,
        HypothesisLevel impact,
        string pain,
        bool expected
    ) => Assert.Equal(expected, ImprovementHypothesis.IsQuickWin(effort, impact, pain));
}
