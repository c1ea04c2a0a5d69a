namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// How the jobs stage reads outcome ratings. Explicit column lists pair by position (the first importance column with
/// the first satisfaction column…); when both are empty, pairs are detected from column names
/// (importance_x / satisfaction_x, imp_x / sat_x, "x (importance)" / "x (satisfaction)").
/// </summary>
public sealed record JobsOptions
{
    public IReadOnlyList<string> ImportanceColumns { get; init; } = [];
    public IReadOnlyList<string> SatisfactionColumns { get; init; } = [];

    /// <summary>Quotes shown per force, barrier and workaround.</summary>
    public int MaxQuotes { get; init; } = 3;

    /// <summary>Records on a topic needed before an outcome is estimated from evidence.</summary>
    public int MinRecordsForEstimate { get; init; } = 2;
}
