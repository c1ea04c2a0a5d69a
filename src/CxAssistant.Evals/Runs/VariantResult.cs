namespace CxAssistant.Evals.Runs;

/// <summary>
/// A suite on one variant (prompt × provider): score, pass rate, pass/fail against the suite threshold, label
/// metrics (accuracy and macro-F1 per labelled field), totals and the cases.
/// </summary>
public sealed record VariantResult
{
    /// <summary>Variant id (<c>offline</c> or <c>prompt|provider</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Provider.</summary>
    public required string Provider { get; init; }

    /// <summary>Prompt id, for model variants.</summary>
    public string? Prompt { get; init; }

    /// <summary>Model id, for model variants.</summary>
    public string? Model { get; init; }

    /// <summary>Mean case score over cases that did not error.</summary>
    public double Score { get; init; }

    /// <summary>Share of cases that passed (errors count as not passed).</summary>
    public double PassRate { get; init; }

    /// <summary>True when the pass rate reaches the suite threshold and no case errored.</summary>
    public bool Passed { get; init; }

    /// <summary>Case counts.</summary>
    public int Cases { get; init; }

    /// <summary>Cases that errored.</summary>
    public int Errors { get; init; }

    /// <summary>Cases that passed on some repeats only.</summary>
    public int Flaky { get; init; }

    /// <summary>
    /// Suite-level metrics: <c>&lt;field&gt;.accuracy</c>, <c>&lt;field&gt;.macroF1</c>, <c>&lt;type&gt;.mean</c>.
    /// </summary>
    public SortedDictionary<string, double> Metrics { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Total input tokens.</summary>
    public long InputTokens { get; init; }

    /// <summary>Total output tokens.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Total estimated cost in USD of the stage's calls (null when unpriced).</summary>
    public double? CostUsd { get; init; }

    /// <summary>Total input tokens read by the judge of model-graded assertions.</summary>
    public long JudgeInputTokens { get; init; }

    /// <summary>Total output tokens written by the judge.</summary>
    public long JudgeOutputTokens { get; init; }

    /// <summary>The judge's total estimated cost in USD (null when the judge model has no price).</summary>
    public double? JudgeCostUsd { get; init; }

    /// <summary>The cases, in suite order.</summary>
    public IReadOnlyList<CaseResult> CaseResults { get; init; } = [];
}
