namespace CxAssistant.Core.Annotations;

/// <summary>
/// Pain kinds in plain words: the one table every report section, persona card and hypothesis uses, so a pain is
/// called the same everywhere.
/// </summary>
public static class PainNames
{
    public static string Of(string pain) =>
        pain switch
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

    /// <summary>The pain after "about" in running text ("mentions about being hard to reach").</summary>
    public static string About(string pain) => pain == PainKind.Unreachable ? "being hard to reach" : Of(pain);
}
