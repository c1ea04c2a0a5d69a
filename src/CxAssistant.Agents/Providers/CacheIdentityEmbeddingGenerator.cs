using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// Reports a model id that also names the provider and vector size (e.g. "OpenAI:text-embedding-3-small:256"),
/// so the content-hash cache never hands back vectors from another provider or another size.
/// </summary>
internal sealed class CacheIdentityEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata;

    public CacheIdentityEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        ProviderInfo provider,
        int? dimensions
    )
        : base(innerGenerator)
    {
        var inner = innerGenerator.GetService<EmbeddingGeneratorMetadata>();
        var id = dimensions is { } d ? $"{provider.Kind}:{provider.Model}:{d}" : $"{provider.Kind}:{provider.Model}";
        _metadata = new EmbeddingGeneratorMetadata(
            inner?.ProviderName,
            inner?.ProviderUri,
            id,
            dimensions ?? inner?.DefaultModelDimensions
        );
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata)
            ? _metadata
            : base.GetService(serviceType, serviceKey);
}
