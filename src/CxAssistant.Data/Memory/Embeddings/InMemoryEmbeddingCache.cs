using System.Collections.Concurrent;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>Process-lifetime cache; unbounded, so meant for one run or for tests.</summary>
public sealed class InMemoryEmbeddingCache : IEmbeddingCache
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Count => _vectors.Count;

    public ValueTask<float[]?> TryGetAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_vectors.TryGetValue(key, out var v) ? (float[])v.Clone() : null);

    public ValueTask SetAsync(string key, float[] vector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vector);
        _vectors[key] = (float[])vector.Clone();
        return ValueTask.CompletedTask;
    }
}
