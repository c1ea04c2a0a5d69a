using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// What a load produced: the records (in input order), one summary per file that was read, and every file,
/// row or line that was skipped (or kept with a value dropped) with a reason the user can act on.
/// </summary>
public sealed record IngestResult(
    IReadOnlyList<EvidenceRecord> Records,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<SkippedInput> Skipped
);
