namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// The hypotheses for one prioritised touchpoint, in the order a team should try them (quick wins first), and when
/// there are fewer than <see cref="HypothesisCheck.PerTouchpoint"/>, why (<paramref name="Reason"/>).
/// </summary>
public sealed record TouchpointHypotheses(
    string TouchpointId,
    IReadOnlyList<ImprovementHypothesis> Hypotheses,
    string? Reason = null
);
