using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;

namespace CxAssistant.Data.Tests.Workspace;

public sealed class WorkspaceRoundTripTests
{
    [Fact]
    public async Task LoadAsync_AfterIngestOfEveryFixture_ReturnsWhatTheLoaderReads()
    {
        var folder = RepositoryRoot.Combine("tests", "CxAssistant.Ingestion.Tests", "Fixtures", "Ingestion");
        var direct = new EvidenceLoader().Load([folder], IngestOptions.Default);
        using var temp = new TempFolder("cx-ingest-");
        using var workspace = EvidenceWorkspace.Open(temp.Path);

        await workspace.IngestAsync([folder], IngestOptions.Default);
        var loaded = await workspace.LoadAsync();

        Assert.Equal(direct.Records.Count, loaded.Records.Count);
        foreach (var (expected, actual) in direct.Records.Zip(loaded.Records))
        {
            Assert.Equal(expected with { Metadata = actual.Metadata }, actual);
            Assert.Equal(
                expected.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal),
                actual.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal)
            );
        }
        Assert.Equal(
            direct.Sources.Select(s => (s.File, s.Format, s.Records, s.Skipped)),
            loaded.Sources.Select(s => (s.File, s.Format, s.Records, s.Skipped))
        );
        Assert.Equal(
            direct.Sources.Select(s => s.ColumnMapping.OrderBy(m => m.Key, StringComparer.Ordinal)),
            loaded.Sources.Select(s => s.ColumnMapping.OrderBy(m => m.Key, StringComparer.Ordinal))
        );
        // Rows skipped inside imported files are stored; whole unreadable files are not (the next ingest retries them).
        var imported = loaded.Sources.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(direct.Skipped.Where(s => imported.Contains(s.File)), loaded.Skipped);
    }
}
