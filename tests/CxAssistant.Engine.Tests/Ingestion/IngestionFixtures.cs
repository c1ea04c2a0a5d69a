using CxAssistant.Ingestion;

namespace CxAssistant.Engine.Tests.Ingestion;

/// <summary>Paths of the fixture files and a one-line way to load them.</summary>
internal static class IngestionFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingestion", name);

    public static IngestResult Load(string name, IngestOptions? options = null) =>
        new EvidenceLoader().Load([PathOf(name)], options ?? IngestOptions.Default);

    /// <summary>A fresh folder under the temp directory, deleted when disposed.</summary>
    public static TempFolder NewTempFolder() => new();

    internal sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("cx-ingest-").FullName;

        public string Write(string name, byte[] bytes)
        {
            var file = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
            return file;
        }

        public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
