namespace CxAssistant.Data.Workspace;

/// <summary>
/// Where an ingest is: the file, the stage ("Reading", "Inserting", "Committed") and rows done of total.
/// </summary>
public sealed record WorkspaceProgress(string File, string Stage, int Done, int Total);
