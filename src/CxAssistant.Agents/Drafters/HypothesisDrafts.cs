using CxAssistant.Agents.Drafting;

namespace CxAssistant.Agents.Drafters;

/// <summary>One hypothesis as the model rewords it (figures stay the core's).</summary>
public sealed record HypothesisDraft(
    string? Id,
    string? Title,
    string? Change,
    string? KillCriterion,
    IReadOnlyList<ModelQuote>? Quotes
);

/// <summary>The hypotheses answer.</summary>
public sealed record HypothesisDrafts(IReadOnlyList<HypothesisDraft>? Hypotheses);
