using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>Pain kinds in plain words for hypothesis text (the same words the report's pain lists use).</summary>
public static class HypothesisPainNames
{
    public static string Of(string pain) => pain switch
    {
        PainKind.LongWait => "long waits",
        PainKind.NoUpdate => "no updates",
        PainKind.Confusing => "confusing steps",
        PainKind.BrokenPromise => "broken promises",
        PainKind.RudeStaff => "rude or unhelpful staff",
        PainKind.HiddenFee => "hidden fees",
        PainKind.Defect => "defects",
        PainKind.Unreachable => "being unreachable",
        PainKind.RepeatContact => "repeat contacts",
        PainKind.Price => "price",
        PainKind.Availability => "availability",
        _ => pain,
    };
}
