namespace CxAssistant.Evals.Assertions;

/// <summary>
/// What an assertion concluded: a score 0–1 with the reason, or "skipped" (e.g. no judge configured), plus details for
/// reports and suite metrics.
/// </summary>
public sealed record AssertionOutcome(double? Score, string Reason, bool Skipped = false)
{
    /// <summary>Extra facts (gold and predicted labels, findings…).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>A score with its reason.</summary>
    public static AssertionOutcome Scored(double score, string reason) => new(Math.Round(score, 6), reason);

    /// <summary>Pass/fail as 1/0.</summary>
    public static AssertionOutcome Check(bool ok, string reason) => new(ok ? 1 : 0, reason);

    /// <summary>Not evaluated, for a reason that is not a failure.</summary>
    public static AssertionOutcome Skip(string reason) => new(null, reason, Skipped: true);
}
