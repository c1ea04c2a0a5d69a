namespace CxAssistant.Evals.Reports;

/// <summary>
/// One suite variant against its baseline: scores, whether it regressed beyond the suite's thresholds, and the per-case
/// differences.
/// </summary>
public sealed record VariantComparison(
    string Suite,
    string Variant,
    double? BaselineScore,
    double Score,
    bool Regressed,
    string Summary,
    IReadOnlyList<CaseDiff> Cases
)
{
    /// <summary>The cases that got worse.</summary>
    public IEnumerable<CaseDiff> Regressions => Cases.Where(c => c.Kind == RunComparer.Regression);
}
