using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// One case on one variant: status (pass, fail, error), weighted score, the output and its hash, every assertion,
/// tokens, cost, latency, origin, cache keys and, with repeats, the pass rate, variance and flakiness.
/// </summary>
public sealed record CaseResult
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>Case tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>pass, fail or error.</summary>
    public required string Status { get; init; }

    /// <summary>Weighted score over scored assertions (mean over repeats); null on error.</summary>
    public double? Score { get; init; }

    /// <summary>Why the case errored.</summary>
    public string? Error { get; init; }

    /// <summary>The stage output (first repeat).</summary>
    public JsonNode? Output { get; init; }

    /// <summary>SHA-256 of the output JSON, to show replays are byte-for-byte identical.</summary>
    public string? OutputHash { get; init; }

    /// <summary><c>offline</c>, <c>model:&lt;id&gt;</c> or <c>scripted</c>.</summary>
    public string Origin { get; init; } = "offline";

    /// <summary>True when the model responses came from the cache.</summary>
    public bool Cached { get; init; }

    /// <summary>Response-cache keys.</summary>
    public IReadOnlyList<string> CacheKeys { get; init; } = [];

    /// <summary>Assertions (first repeat).</summary>
    public IReadOnlyList<AssertionResult> Assertions { get; init; } = [];

    /// <summary>Input tokens (all repeats).</summary>
    public long InputTokens { get; init; }

    /// <summary>Output tokens (all repeats).</summary>
    public long OutputTokens { get; init; }

    /// <summary>Estimated cost in USD (null when the model has no price).</summary>
    public double? CostUsd { get; init; }

    /// <summary>Input tokens the judge of model-graded assertions read (all repeats).</summary>
    public long JudgeInputTokens { get; init; }

    /// <summary>Output tokens the judge wrote (all repeats).</summary>
    public long JudgeOutputTokens { get; init; }

    /// <summary>
    /// The judge's estimated cost in USD (0 without judge calls, null when the judge model has no price).
    /// </summary>
    public double? JudgeCostUsd { get; init; }

    /// <summary>Stage latency in milliseconds (mean over repeats).</summary>
    public double LatencyMs { get; init; }

    /// <summary>Repeat statistics, when run more than once.</summary>
    public RepeatStats? Repeats { get; init; }
}

/// <summary>How a case behaved over repeats.</summary>
public sealed record RepeatStats(int Runs, double PassRate, double ScoreVariance, bool Flaky);
