using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>One suite in a run: its thresholds and one result per variant (the columns of the matrix).</summary>
public sealed record SuiteResult
{
    /// <summary>Suite name.</summary>
    public required string Name { get; init; }

    /// <summary>Stage under test.</summary>
    public required string Stage { get; init; }

    /// <summary>Thresholds at run time.</summary>
    public SuiteThresholds Thresholds { get; init; } = new();

    /// <summary>One result per variant.</summary>
    public IReadOnlyList<VariantResult> Variants { get; init; } = [];
}
