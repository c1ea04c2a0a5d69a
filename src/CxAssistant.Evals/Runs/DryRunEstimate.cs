namespace CxAssistant.Evals.Runs;

/// <summary>
/// What a run would cost before it spends anything: per suite variant, the model calls it would make, how many the
/// cache already answers, input tokens counted on the rendered prompts, output tokens assumed at the prompt's
/// max-output setting, and the cost at the configured price (null when unpriced or not estimable).
/// </summary>
public sealed record DryRunEstimate(
    string Suite,
    string Variant,
    string? Model,
    int Cases,
    int Calls,
    int CachedCalls,
    long InputTokens,
    long OutputTokens,
    double? CostUsd,
    IReadOnlyList<string> Notes
);
