namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// A phrase in one record that tells us about a job: [Start, End) of the match and, for goals, the span of the
/// customer's own job phrase ("grab breakfast before my train"). <see cref="Label"/> names the workaround summary.
/// </summary>
internal sealed record JobSignal(int RecordIndex, JobSignalKind Kind, int Start, int End, string Phrase, string? Label = null);
