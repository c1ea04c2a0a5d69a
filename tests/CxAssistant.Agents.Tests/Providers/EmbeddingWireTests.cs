using CxAssistant.Agents.Tests.Support;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>Embeddings through the real SDKs (OpenAI /embeddings, Azure deployment route, Ollama /api/embed).</summary>
public sealed class EmbeddingWireTests
{
    private static readonly string[] Texts = ["The parcel arrived two weeks late.", "Checkout was quick and easy."];

    [Theory]
    [MemberData(nameof(ProviderTargets.All), MemberType = typeof(ProviderTargets))]
    public async Task GenerateAsync_TwoTexts_OneVectorEachInOneRequest(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Embeddings", [Wire.Embeddings()]);

        var embeddings = await rig.Providers.EmbeddingGenerator.GenerateAsync(Texts);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.True(e.Vector.Length > 0));
        Assert.Equal(embeddings[0].Vector.Length, embeddings[1].Vector.Length);
        Assert.False(
            embeddings[0].Vector.Span.SequenceEqual(embeddings[1].Vector.Span),
            "different texts got the same vector"
        );
        if (rig.Server is not { } server)
        {
            return;
        }
        Assert.Equal(8, embeddings[0].Vector.Length);
        Assert.Empty(server.Violations);
        var request = Assert.Single(server.Requests);
        ChatWireTests.AssertRouteAndAuth(target, request, "embeddings");
        var input = request.Json.GetProperty("input");
        Assert.Equal(Texts, input.EnumerateArray().Select(i => i.GetString()));
        if (target != "AzureOpenAI")
        {
            Assert.Equal(
                target == "Ollama" ? "nomic-embed-text" : "text-embedding-3-small",
                request.Json.GetProperty("model").GetString()
            );
        }
    }

    [Theory]
    // Ollama's /api/embed has no dimensions
    [MemberData(nameof(ProviderTargets.WithKeys), MemberType = typeof(ProviderTargets))]
    public async Task GenerateAsync_DimensionsConfigured_RequestsAndReturnsThatSize(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Embeddings",
            [Wire.Embeddings()],
            new Dictionary<string, string?> { ["CxAssistant:Embeddings:Dimensions"] = "16" }
        );

        var embeddings = await rig.Providers.EmbeddingGenerator.GenerateAsync(Texts);

        Assert.All(embeddings, e => Assert.Equal(16, e.Vector.Length));
        if (rig.Server is not { } server)
        {
            return;
        }
        Assert.Equal(16, Assert.Single(server.Requests).Json.GetProperty("dimensions").GetInt32());
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GenerateAsync_WithCacheFile_SecondRunIsServedFromCache(string target)
    {
        var cacheFile = Path.Combine(Path.GetTempPath(), "cx-embeddings-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var rig = await ProviderRig.StartAsync(
                target,
                "Embeddings",
                [Wire.Embeddings()],
                new Dictionary<string, string?> { ["CxAssistant:Embeddings:CacheFile"] = cacheFile }
            );

            var first = await rig.Providers.EmbeddingGenerator.GenerateAsync(Texts);
            var second = await rig.Providers.EmbeddingGenerator.GenerateAsync(Texts);

            Assert.Single(rig.Server!.Requests);
            Assert.Equal(first[1].Vector.ToArray(), second[1].Vector.ToArray());
            Assert.StartsWith(target + ":", second[0].ModelId, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(cacheFile);
        }
    }
}
