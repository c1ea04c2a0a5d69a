namespace CxAssistant.Core.Annotations;

/// <summary>
/// Recurring pain patterns in customer feedback. Annotators emit them as <c>pain:&lt;kind&gt;</c> cues;
/// the scoring core uses them for quick wins and the hypothesis catalogue keys its remedies on them.
/// </summary>
public static class PainKind
{
    public const string LongWait = "long-wait"; // "on hold for 2 hours", "took 3 weeks"
    public const string NoUpdate = "no-update"; // "nobody told me", "no tracking", "never heard back"
    public const string Confusing = "confusing"; // "couldn't find", "confusing", "unclear steps"
    public const string BrokenPromise = "broken-promise"; // "said it would…", "promised", "still no refund"
    public const string RudeStaff = "rude-staff"; // "rude", "dismissive", "unhelpful agent"
    public const string HiddenFee = "hidden-fee"; // "extra charge", "fee nobody mentioned", "charged twice"
    public const string Defect = "defect"; // "broken", "damaged", "doesn't work", "crashes"
    public const string Unreachable = "unreachable"; // "no one answers", "can't reach", "no response"
    public const string RepeatContact = "repeat-contact"; // "third time calling", "had to explain again"
    public const string Price = "price"; // "too expensive", "overpriced"
    public const string Availability = "availability"; // "out of stock", "fully booked", "cancelled flight"

    public static readonly IReadOnlyList<string> All =
    [
        LongWait,
        NoUpdate,
        Confusing,
        BrokenPromise,
        RudeStaff,
        HiddenFee,
        Defect,
        Unreachable,
        RepeatContact,
        Price,
        Availability,
    ];

    /// <summary>
    /// Pains a small team can usually fix within a quarter without capital spend (communication, wording,
    /// staff coaching, fee transparency) — the basis for quick wins.
    /// </summary>
    public static bool IsEasyToFix(string kind) =>
        kind is NoUpdate or Confusing or RudeStaff or HiddenFee or RepeatContact;
}
