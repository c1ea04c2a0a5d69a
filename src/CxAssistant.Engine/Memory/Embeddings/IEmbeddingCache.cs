namespace CxAssistant.Engine.Memory.Embeddings;

/// <summary>Stores vectors by content hash (see <see cref="EmbeddingCacheKey"/>) so a text is embedded once per model.</summary>
public interface IEmbeddingCache
{
    ValueTask<float[]?> TryGetAsync(string key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string key, float[] vector, CancellationToken cancellationToken = default);
}
