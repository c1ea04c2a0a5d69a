using CxAssistant.Data.Memory.Embeddings;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Tests.Memory;

public sealed class CachingEmbeddingGeneratorTests
{
    [Fact]
    public async Task GenerateAsync_RepeatedTexts_InnerCalledOncePerDistinctText()
    {
        var inner = new CountingEmbeddingGenerator();
        using var caching = new CachingEmbeddingGenerator(inner, new InMemoryEmbeddingCache());

        var first = await caching.GenerateAsync(["late parcel", "rude agent", "late parcel"]);
        var second = await caching.GenerateAsync(["rude agent", "late parcel", "new text"]);

        Assert.Equal(3, first.Count);
        Assert.Equal(3, second.Count);
        Assert.All(inner.Calls.Values, count => Assert.Equal(1, count));
        Assert.Equal(3, inner.Calls.Count);
        Assert.Equal(first[0].Vector.ToArray(), second[1].Vector.ToArray());
    }

    [Fact]
    public async Task GenerateAsync_CachedVector_EqualsInnerVector()
    {
        using var caching = new CachingEmbeddingGenerator(
            new OfflineEmbeddingGenerator(),
            new InMemoryEmbeddingCache()
        );
        await caching.GenerateVectorAsync("hidden handling fee");
        var cached = await caching.GenerateVectorAsync("hidden handling fee");
        Assert.Equal(new OfflineEmbeddingGenerator().Embed("hidden handling fee"), cached.ToArray());
    }

    [Fact]
    public async Task SqliteCache_Reopened_ServesVectorsWithoutInnerCalls()
    {
        var path = Path.Combine(Path.GetTempPath(), "cx-cache-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var cache = new SqliteEmbeddingCache(path))
            using (var caching = new CachingEmbeddingGenerator(new CountingEmbeddingGenerator(), cache))
            {
                await caching.GenerateAsync(["alpha", "beta"]);
            }

            var inner = new CountingEmbeddingGenerator();
            using (var cache = new SqliteEmbeddingCache(path))
            using (var caching = new CachingEmbeddingGenerator(inner, cache))
            {
                var vectors = await caching.GenerateAsync(["beta", "alpha"]);
                Assert.Equal(new OfflineEmbeddingGenerator().Embed("beta"), vectors[0].Vector.ToArray());
            }
            Assert.Empty(inner.Calls);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void CacheKey_DifferentModel_DifferentKey()
    {
        Assert.NotEqual(EmbeddingCacheKey.For("model-a", "text"), EmbeddingCacheKey.For("model-b", "text"));
        Assert.Equal(EmbeddingCacheKey.For("model-a", "text"), EmbeddingCacheKey.For("model-a", "text"));
        Assert.Equal(64, EmbeddingCacheKey.For("m", "t").Length);
    }
}
