namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// Where a success metric starts, as computed from THIS analysis: a <see cref="BaselineKind"/> (with the pain kind for
/// pain shares), the value in <see cref="Unit"/>, the sample size behind it and a plain-words note on how it was
/// computed.
/// <see cref="HypothesisCheck"/> recomputes the value and n with <see cref="HypothesisBaselines"/>; a draft cannot
/// invent them.
/// </summary>
public sealed record HypothesisBaseline(
    string Kind,
    string? Pain,
    double Value,
    string Unit,
    int N,
    string HowComputed
);
