using CxAssistant.Data.Memory.Embeddings;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Tests.Memory;

/// <summary>Offline embeddings that count how often each text reaches the model.</summary>
internal sealed class CountingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    public CountingEmbeddingGenerator()
        : base(new OfflineEmbeddingGenerator()) { }

    public Dictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        var list = values.ToList();
        foreach (var v in list)
        {
            Calls[v] = Calls.GetValueOrDefault(v) + 1;
        }
        return base.GenerateAsync(list, options, cancellationToken);
    }
}
