using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// Wraps a generator and serves repeated texts from an <see cref="IEmbeddingCache"/>; only misses reach the
/// inner generator, in one batch, with duplicates in the batch embedded once. The key includes the model id
/// (from the options, else the inner generator's metadata) so switching models never returns stale vectors.
/// </summary>
public sealed class CachingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly IEmbeddingCache _cache;

    public CachingEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        IEmbeddingCache cache
    )
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var modelId = options?.ModelId
            ?? InnerGenerator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
            ?? "unknown";
        var keys = texts.Select(t => EmbeddingCacheKey.For(modelId, t)).ToArray();
        var vectors = new float[]?[texts.Count];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var cached = await _cache.TryGetManyAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = cached[i];
            if (vectors[i] is null)
            {
                if (!missing.TryGetValue(keys[i], out var positions))
                {
                    missing[keys[i]] = positions = [];
                }
                positions.Add(i);
            }
        }
        if (missing.Count > 0)
        {
            var firsts = missing.Values.Select(p => p[0]).ToArray();
            var generated = await base.GenerateAsync(firsts.Select(i => texts[i]), options, cancellationToken)
                .ConfigureAwait(false);
            var k = 0;
            var fresh = new List<(string, float[])>(missing.Count);
            foreach (var positions in missing.Values)
            {
                var vector = generated[k++].Vector.ToArray();
                fresh.Add((keys[positions[0]], vector));
                foreach (var p in positions)
                {
                    vectors[p] = vector;
                }
            }
            await _cache.SetManyAsync(fresh, cancellationToken).ConfigureAwait(false);
        }
        return [.. vectors.Select(v => new Embedding<float>(v!) { ModelId = modelId })];
    }
}
