namespace CxAssistant.Evals.Runs;

/// <summary>
/// A committed baseline (<c>evals/baselines/&lt;suite&gt;.json</c>): the suite's results from a blessed run, outputs
/// and latencies left out (output hashes stay), so re-blessing an unchanged run changes nothing.
/// </summary>
public sealed record Baseline
{
    /// <summary>The run it was blessed from.</summary>
    public required string RunId { get; init; }

    /// <summary>When that run started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The suite's results.</summary>
    public required SuiteResult Suite { get; init; }
}
