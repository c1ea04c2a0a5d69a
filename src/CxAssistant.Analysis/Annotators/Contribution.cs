namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// One weighted piece of sentiment evidence: token range [Start, End) and signed value. <see cref="NegatedPraise"/>
/// marks praise turned negative by a negator ("not good"): a reservation, not a complaint sarcasm can lean on.
/// </summary>
internal readonly record struct Contribution(
    int Start,
    int End,
    double Value,
    bool SarcasmProne,
    bool NegatedPraise = false
);
