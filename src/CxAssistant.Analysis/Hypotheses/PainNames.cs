using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Pain kinds in plain words for report pain lists and persona cards. Moved here from the report's
/// TopTouchpointsSection so the analysis (persona cards) need not reference the renderers; issue 14 step 3 merges it
/// with <see cref="HypothesisPainNames"/>, which words one pain differently.
/// </summary>
public static class PainNames
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
        PainKind.Unreachable => "hard to reach",
        PainKind.RepeatContact => "repeat contacts",
        PainKind.Price => "price",
        PainKind.Availability => "availability",
        _ => pain,
    };
}
