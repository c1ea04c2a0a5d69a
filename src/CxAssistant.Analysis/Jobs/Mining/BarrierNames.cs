using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>How a pain kind the annotators found reads as a barrier to a job.</summary>
internal static class BarrierNames
{
    public static string Of(string pain) =>
        pain switch
        {
            PainKind.LongWait => "Waiting longer than expected",
            PainKind.NoUpdate => "No word on progress",
            PainKind.Confusing => "Steps that are hard to find or follow",
            PainKind.BrokenPromise => "Promises not kept",
            PainKind.RudeStaff => "Unwelcoming or dismissive staff",
            PainKind.HiddenFee => "Charges that appear late or unexpectedly",
            PainKind.Defect => "Things that break or fail on the way",
            PainKind.Unreachable => "Nobody to reach when it goes wrong",
            PainKind.RepeatContact => "Having to chase or repeat themselves",
            PainKind.Price => "Cost that feels too high",
            PainKind.Availability => "What they need is unavailable",
            _ => pain,
        };
}
