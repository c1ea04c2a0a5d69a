using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Providers;

/// <summary>Innermost embedding layer: SDK failures leave as <see cref="ModelProviderException"/>.</summary>
internal sealed class ProviderErrorEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
    ProviderInfo provider
) : DelegatingEmbeddingGenerator<string, Embedding<float>>(innerGenerator)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ProviderErrors.Translate(e, provider, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ProviderInfo) ? provider : base.GetService(serviceType, serviceKey);
}
