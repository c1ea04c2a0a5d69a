namespace CxAssistant.Data.Workspace;

/// <summary>What happened to one input file during <c>cx ingest</c>.</summary>
public enum FileImportStatus
{
    /// <summary>Read and committed (possibly adding nothing when every record was a duplicate).</summary>
    Imported,

    /// <summary>The same bytes under the same file name were imported before; not re-read.</summary>
    AlreadyImported,

    /// <summary>The whole file was unusable; nothing was stored, so a later run tries it again.</summary>
    Unreadable,
}
