namespace CxAssistant.Evals.Reports;

/// <summary>
/// How one case changed against the baseline: regression, improvement, new, missing or output-changed (same score,
/// different output hash).
/// </summary>
public sealed record CaseDiff(
    string CaseId,
    string Kind,
    string? BaselineStatus,
    string? Status,
    double? BaselineScore,
    double? Score,
    string Detail
);
