using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Data.Memory.Embeddings;

namespace CxAssistant.Data.Tests.Memory;

public sealed class EvidenceIndexerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IndexAsync_RecordWithEmail_StoresRedactedSearchableChunk()
    {
        var evidence = new EvidenceRecord
        {
            Id = "ev1",
            RecordId = "1",
            Source = new SourceLocation("/data/survey.csv", 2),
            Channel = Channel.Survey,
            Text = "Refund never arrived, email me at jane.doe@example.com please",
            Timestamp = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var indexer = new EvidenceIndexer(new OfflineEmbeddingGenerator());
        var collection = new EmbeddedVectorStore(_folder.Path).GetEvidenceCollection("evidence");
        await collection.EnsureCollectionExistsAsync();

        var written = await indexer.IndexAsync(collection, indexer.Prepare(evidence, ["refund"], "negative"));

        Assert.Equal(1, written);
        var hit = await collection.SearchAsync(StoreFixtures.Generator.Embed("refund not received"), 1).SingleAsync();
        Assert.DoesNotContain("jane.doe", hit.Record.Text, StringComparison.Ordinal);
        Assert.Equal("survey.csv", hit.Record.Source);
        Assert.Equal("survey", hit.Record.Channel);
        Assert.Equal(["refund"], hit.Record.Touchpoints);
        Assert.Equal(EvidenceChunkRecord.PointIdFor("ev1", 0), hit.Record.Key);
    }
}
