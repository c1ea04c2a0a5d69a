using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// Deterministic, weight-free text embeddings (384 dims) for offline use. Signed feature hashing of:
/// stemmed word unigrams (weight 1), bigrams (0.6), a small CX concept lexicon (0.8, so "late" meets "delayed"),
/// and character 3–5-grams of each word (L2 mass 0.7 per word, so typos still overlap). Term counts are
/// damped (1 + ln tf), stop words are down-weighted, and the vector is L2-normalised so dot product = cosine.
/// It is a lexical model: it finds wording overlap well and true paraphrase only through the lexicon.
/// </summary>
public sealed class OfflineEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Model id; bump it whenever the features change so caches and stores are rebuilt.</summary>
    public const string ModelId = "cx-offline-hash-v2";

    private readonly EmbeddingGeneratorMetadata _metadata = new(
        "cx-offline",
        null,
        ModelId,
        EvidenceChunkRecord.Dimensions
    );

    // Reused per thread: one feature table per text would otherwise be the embedder's largest allocation.
    [ThreadStatic]
    private static Dictionary<ulong, float>? Features;

    public int Dimensions => EvidenceChunkRecord.Dimensions;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }
        return Task.FromResult(result);
    }

    /// <summary>Embeds one text synchronously (the work is CPU-only and fast).</summary>
    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var features = Features ??= new Dictionary<ulong, float>();
        HashedFeatures.Extract(text ?? "", features);
        foreach (var (h, raw) in features)
        {
            var weight = HashedFeatures.Damp(raw);
            var index = (int)(h % (ulong)Dimensions);
            vector[index] += (h >> 63) == 0 ? weight : -weight;
        }
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
        return vector;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }
        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        // Nothing to release: no weights, no connections.
    }
}
