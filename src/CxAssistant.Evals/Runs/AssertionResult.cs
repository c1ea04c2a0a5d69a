namespace CxAssistant.Evals.Runs;

/// <summary>
/// One assertion on one case: score (null when skipped or in error), whether it passed, why, and details.
/// </summary>
public sealed record AssertionResult
{
    /// <summary>Assertion type.</summary>
    public required string Type { get; init; }

    /// <summary>Weight in the case score.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Pass mark.</summary>
    public double Threshold { get; init; } = 1;

    /// <summary>Score 0–1; null when skipped or in error.</summary>
    public double? Score { get; init; }

    /// <summary>pass, fail, skipped or error.</summary>
    public required string Status { get; init; }

    /// <summary>Why.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The error, when the assertion could not be evaluated.</summary>
    public string? Error { get; init; }

    /// <summary>Extra facts (gold/predicted labels…).</summary>
    public Dictionary<string, string>? Details { get; init; }
}
