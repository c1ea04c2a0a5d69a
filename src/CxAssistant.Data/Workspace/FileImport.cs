namespace CxAssistant.Data.Workspace;

/// <summary>Counts for one input file: records added, records already in the workspace, rows skipped.</summary>
public sealed record FileImport(string File, FileImportStatus Status, int Added, int Duplicates, int Skipped);
