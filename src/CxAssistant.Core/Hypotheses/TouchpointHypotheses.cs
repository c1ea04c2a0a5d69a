namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// The hypotheses for one prioritised touchpoint, in the order a team should try them (quick wins first).
/// </summary>
public sealed record TouchpointHypotheses(string TouchpointId, IReadOnlyList<ImprovementHypothesis> Hypotheses);
