using CxAssistant.Core.Evidence;

namespace CxAssistant.Data.Workspace;

/// <summary>
/// The outcome of one <c>cx ingest</c> run: one entry per file found, and every file, row or line skipped
/// (with the reason) during this run.
/// </summary>
public sealed record IngestReport(IReadOnlyList<FileImport> Files, IReadOnlyList<SkippedInput> SkippedInputs)
{
    public int Added => Files.Sum(f => f.Added);
    public int Duplicates => Files.Sum(f => f.Duplicates);
    public int Skipped => SkippedInputs.Count;
    public int AlreadyImported => Files.Count(f => f.Status == FileImportStatus.AlreadyImported);
}
