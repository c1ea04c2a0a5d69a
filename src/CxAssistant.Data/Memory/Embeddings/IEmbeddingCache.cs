namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// Stores vectors by content hash (see <see cref="EmbeddingCacheKey"/>) so a text is embedded once per model.
/// </summary>
public interface IEmbeddingCache
{
    ValueTask<float[]?> TryGetAsync(string key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string key, float[] vector, CancellationToken cancellationToken = default);

    /// <summary>Looks up many keys at once (null where missing); stores that can batch override this.</summary>
    async ValueTask<float[]?[]> TryGetManyAsync(
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken = default
    )
    {
        var found = new float[]?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            found[i] = await TryGetAsync(keys[i], cancellationToken).ConfigureAwait(false);
        }
        return found;
    }

    /// <summary>
    /// Stores many vectors at once; stores that can batch override this (one transaction instead of one per vector).
    /// </summary>
    async ValueTask SetManyAsync(
        IReadOnlyList<(string Key, float[] Vector)> entries,
        CancellationToken cancellationToken = default
    )
    {
        foreach (var (key, vector) in entries)
        {
            await SetAsync(key, vector, cancellationToken).ConfigureAwait(false);
        }
    }
}
