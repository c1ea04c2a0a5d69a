using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embedded;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Tests.Memory;

public sealed class EmbeddedVectorStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<VectorStoreCollection<Guid, EvidenceChunkRecord>> Seeded(EmbeddedVectorStore store)
    {
        var collection = store.GetCollection<Guid, EvidenceChunkRecord>("evidence");
        await collection.EnsureCollectionExistsAsync();
        await collection.UpsertAsync(StoreFixtures.Feedback());
        return collection;
    }

    private static async Task<List<string>> Search(
        VectorStoreCollection<Guid, EvidenceChunkRecord> c,
        string query,
        int top = 5,
        VectorSearchOptions<EvidenceChunkRecord>? options = null
    ) =>
        await c.SearchAsync(StoreFixtures.Generator.Embed(query), top, options)
            .Select(r => r.Record.EvidenceId)
            .ToListAsync();

    [Fact]
    public async Task SearchAsync_LateDelivery_DeliveryRecordsFirst()
    {
        var collection = await Seeded(new EmbeddedVectorStore(_folder.Path));
        var ids = await Search(collection, "late delivery", 2);
        Assert.Equal(["e1", "e2"], ids.Order());
    }

    [Fact]
    public async Task Reopen_AfterWrites_SameRecordsAndResults()
    {
        var before = await Search(await Seeded(new EmbeddedVectorStore(_folder.Path)), "refund for my return");
        var reopened = new EmbeddedVectorStore(_folder.Path).GetCollection<Guid, EvidenceChunkRecord>("evidence");

        Assert.True(await reopened.CollectionExistsAsync());
        Assert.Equal(before, await Search(reopened, "refund for my return"));
        var record = await reopened.GetAsync(
            EvidenceChunkRecord.PointIdFor("e3", 0),
            new RecordRetrievalOptions { IncludeVectors = true }
        );
        Assert.NotNull(record);
        Assert.Equal("Refund still not processed after my return", record.Text);
        Assert.Equal(["returns", "refund"], record.Touchpoints);
        Assert.Equal("gold", record.Segment);
        Assert.Equal(EvidenceChunkRecord.Dimensions, record.Embedding.Length);
        Assert.Equal(
            await new EmbeddedVectorStore(_folder.Path).ListCollectionNamesAsync().ToListAsync(),
            ["evidence"]
        );
        Assert.False(File.Exists(Path.Combine(_folder.Path, "evidence.cxvec.tmp")));
    }

    [Fact]
    public async Task SearchAsync_FilterOnChannelTouchpointSegmentDateAndSource_OnlyMatches()
    {
        var c = await Seeded(new EmbeddedVectorStore(_folder.Path));
        var sept = EvidenceChunkRecord.ToUnixMs(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var oct31 = EvidenceChunkRecord.ToUnixMs(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            ["e2", "e4"],
            (await Search(c, "late delivery", 5, new() { Filter = r => r.Channel == "survey" })).Order()
        );
        Assert.Equal(
            ["e3", "e5"],
            (await Search(c, "late delivery", 5, new() { Filter = r => r.Touchpoints.Contains("returns") })).Order()
        );
        Assert.Equal(
            ["e1", "e3"],
            (await Search(c, "late delivery", 5, new() { Filter = r => r.Segment == "gold" })).Order()
        );
        Assert.Equal(
            ["e2", "e3", "e4"],
            (
                await Search(
                    c,
                    "late delivery",
                    5,
                    new() { Filter = r => r.TimestampUnixMs >= sept && r.TimestampUnixMs <= oct31 }
                )
            ).Order()
        );
        Assert.Equal(["e5"], await Search(c, "late delivery", 5, new() { Filter = r => r.Source == "chat.txt" }));
    }

    [Fact]
    public async Task DeleteAsync_Record_GoneFromGetSearchAndDisk()
    {
        var store = new EmbeddedVectorStore(_folder.Path);
        var c = await Seeded(store);
        await c.DeleteAsync(EvidenceChunkRecord.PointIdFor("e2", 0));

        Assert.Null(await c.GetAsync(EvidenceChunkRecord.PointIdFor("e2", 0)));
        Assert.DoesNotContain("e2", await Search(c, "late delivery"));
        Assert.Equal(4, await store.GetEvidenceCollection("evidence").CountAsync());
        var reopened = new EmbeddedVectorStore(_folder.Path).GetEvidenceCollection("evidence");
        Assert.Equal(4, await reopened.CountAsync());
        Assert.Equal(["e1", "e3", "e4", "e5"], (await Search(reopened, "late delivery")).Order());
    }

    [Fact]
    public async Task UpsertAsync_SameKey_ReplacesInsteadOfDuplicating()
    {
        var c = await Seeded(new EmbeddedVectorStore(_folder.Path));
        await c.UpsertAsync(StoreFixtures.Record("e4", "Checkout fee removed, thanks", "chat"));

        var record = await c.GetAsync(EvidenceChunkRecord.PointIdFor("e4", 0));
        Assert.Equal("chat", record!.Channel);
        Assert.Equal(5, await c.GetAsync(r => true, 100).CountAsync());
    }

    [Fact]
    public async Task GetAsync_FilterAndOrder_ReturnsMatchingRecords()
    {
        var c = await Seeded(new EmbeddedVectorStore(_folder.Path));
        var records = await c.GetAsync(
                r => r.Channel == "survey" || r.Channel == "review",
                10,
                new FilteredRecordRetrievalOptions<EvidenceChunkRecord>
                {
                    OrderBy = o => o.Descending(r => r.TimestampUnixMs!),
                }
            )
            .ToListAsync();
        Assert.Equal(["e4", "e2", "e1"], records.Select(r => r.EvidenceId));
        Assert.All(records, r => Assert.True(r.Embedding.IsEmpty));
    }

    [Fact]
    public async Task SearchAsync_StringQueryWithGenerator_EmbedsQuery()
    {
        var store = new EmbeddedVectorStore(
            _folder.Path,
            new EmbeddedVectorStoreOptions { EmbeddingGenerator = StoreFixtures.Generator }
        );
        var c = await Seeded(store);
        var top = await c.SearchAsync("hidden fee at checkout", 1).SingleAsync();
        Assert.Equal("e4", top.Record.EvidenceId);
        Assert.InRange(top.Score!.Value, 0.3, 1.0001);
    }

    [Fact]
    public async Task EnsureCollectionDeletedAsync_Existing_RemovesFile()
    {
        var store = new EmbeddedVectorStore(_folder.Path);
        await Seeded(store);
        await store.EnsureCollectionDeletedAsync("evidence");
        Assert.False(await store.CollectionExistsAsync("evidence"));
        Assert.Empty(await store.ListCollectionNamesAsync().ToListAsync());
    }

    [Fact]
    public void GetCollection_OtherRecordType_NotSupported() =>
        Assert.Throws<NotSupportedException>(() =>
            new EmbeddedVectorStore(_folder.Path).GetCollection<string, EvidenceChunkRecord>("x")
        );

    [Fact]
    public void PointIdFor_SameChunk_StableVersion5Guid()
    {
        var id = EvidenceChunkRecord.PointIdFor("abc", 3);
        Assert.Equal(id, EvidenceChunkRecord.PointIdFor("abc", 3));
        Assert.NotEqual(id, EvidenceChunkRecord.PointIdFor("abc", 4));
        Assert.Equal(5, id.Version);
        Assert.Equal("abc#3", EvidenceChunkRecord.ChunkIdFor("abc", 3));
    }
}
