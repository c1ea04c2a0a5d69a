using CxAssistant.Analysis.Meaning;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Data.Memory.Embeddings;
using CxAssistant.Data.Memory.Search;

namespace CxAssistant.Data.Tests.Memory.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IReadOnlyList<EvidenceRecord> Records(int count) =>
        [
            .. Enumerable
                .Range(1, count)
                .Select(i =>
                    HybridSearcherTests.Record(
                        i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"Delivery number {i} arrived late and damaged."
                    )
                ),
        ];

    [Fact]
    public async Task RefreshAsync_SecondRunOnSameRecords_AddsNothing()
    {
        using var index = SearchIndex.Open(_folder.Path);

        var first = await index.RefreshAsync(Records(5));
        var vectorsAfterFirst = await ((EmbeddedVectorCollection)index.Vectors).CountAsync();
        var second = await index.RefreshAsync(Records(5));

        Assert.Equal(5, first);
        Assert.Equal(0, second);
        Assert.Equal(5, await index.CountAsync());
        Assert.Equal(vectorsAfterFirst, await ((EmbeddedVectorCollection)index.Vectors).CountAsync());
    }

    [Fact]
    public async Task RefreshAsync_NewRecordsAfterReopen_AddsOnlyThem()
    {
        using (var index = SearchIndex.Open(_folder.Path))
        {
            await index.RefreshAsync(Records(3));
        }

        using var reopened = SearchIndex.Open(_folder.Path);
        var added = await reopened.RefreshAsync(Records(4));

        Assert.Equal(1, added);
        Assert.Equal(4, await reopened.CountAsync());
        Assert.Equal(4, await ((EmbeddedVectorCollection)reopened.Vectors).CountAsync());
    }

    [Fact]
    public async Task RefreshAsync_ChunksInVectorsButNotCatalogued_CataloguesThemWithoutDuplicateVectors()
    {
        // Simulates a stop between the vector write and the catalogue write: the next refresh must finish the job.
        using var index = SearchIndex.Open(_folder.Path);
        var indexer = new EvidenceIndexer(new OfflineEmbeddingGenerator());
        await index.Vectors.EnsureCollectionExistsAsync();
        await indexer.IndexAsync(index.Vectors, Records(2).SelectMany(r => indexer.Prepare(r)));

        var added = await index.RefreshAsync(Records(2));

        Assert.Equal(2, added);
        Assert.Equal(2, await index.CountAsync());
        Assert.Equal(2, await ((EmbeddedVectorCollection)index.Vectors).CountAsync());
    }
}

/// <summary>
/// A workspace indexed by an older offline encoder is re-embedded, not searched in a mixed vector space.
/// </summary>
public sealed class SearchIndexEncoderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RefreshAsync_WorkspaceWithHashedVectors_ReEmbedsEveryChunkWithTheLocalEncoder()
    {
        var records = Enumerable
            .Range(1, 3)
            .Select(i => HybridSearcherTests.Record($"{i}", $"The courier left parcel {i} in the rain."))
            .ToList();
        using (var old = SearchIndex.Open(_folder.Path))
        {
            // What an earlier version left: the same collection holding hashed vectors, signed with the hashed model
            // id.
            await old.RefreshAsync(records);
            var hashed = new EvidenceIndexer(new OfflineEmbeddingGenerator());
            await hashed.IndexAsync(old.Vectors, records.SelectMany(r => hashed.Prepare(r)));
            await old.Keywords.SetMetaAsync(
                SearchIndex.VectorsMetaKey,
                old.VectorSignature.Replace(old.ModelId, OfflineEmbeddingGenerator.ModelId, StringComparison.Ordinal),
                CancellationToken.None
            );
        }

        using var index = SearchIndex.Open(_folder.Path);
        await index.RefreshAsync(records);

        Assert.Equal(MeaningEncoder.ModelId, index.ModelId);
        Assert.Equal(new IndexRefresh(0, 3), index.LastRefresh);
        var stored = await index.Vectors.GetAsync(
            EvidenceChunkRecord.PointIdFor(records[0].Id, 0),
            new Microsoft.Extensions.VectorData.RecordRetrievalOptions { IncludeVectors = true }
        );
        var expected = (await MeaningEncoder.Shared().GenerateAsync([stored!.Text]))[0].Vector.ToArray();
        Assert.Equal(expected, stored.Embedding.ToArray());
    }
}
