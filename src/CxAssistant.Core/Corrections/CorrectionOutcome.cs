namespace CxAssistant.Core.Corrections;

/// <summary>
/// What became of one stored correction in an analysis: applied, or why it matched nothing (the record is no longer
/// in the data, the theme was renamed away…). An unmatched correction is reported, never dropped silently.
/// </summary>
public sealed record CorrectionOutcome(Correction Correction, bool Applied, string? Problem = null)
{
    public static CorrectionOutcome Done(Correction correction) => new(correction, true);

    public static CorrectionOutcome Unmatched(Correction correction, string problem) => new(correction, false, problem);
}
