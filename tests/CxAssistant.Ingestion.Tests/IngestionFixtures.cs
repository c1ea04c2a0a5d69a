namespace CxAssistant.Ingestion.Tests;

/// <summary>Paths of the fixture files and a one-line way to load them.</summary>
internal static class IngestionFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingestion", name);

    public static IngestResult Load(string name, IngestOptions? options = null) =>
        new EvidenceLoader().Load([PathOf(name)], options ?? IngestOptions.Default);

    /// <summary>A fresh folder under the temp directory, deleted when disposed.</summary>
    public static TempFolder NewTempFolder() => new("cx-ingest-");
}
