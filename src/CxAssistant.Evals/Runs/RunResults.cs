namespace CxAssistant.Evals.Runs;

/// <summary>Everything a run produced (<c>results.json</c>).</summary>
public sealed record RunResults
{
    /// <summary>Run id (also the folder name under evals/runs).</summary>
    public required string RunId { get; init; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The suites.</summary>
    public IReadOnlyList<SuiteResult> Suites { get; init; } = [];
}
