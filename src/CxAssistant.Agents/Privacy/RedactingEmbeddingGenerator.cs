using CxAssistant.Agents.Providers;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Privacy;

/// <summary>
/// The redaction gate in front of every remote embedding model: each text is redacted by <see cref="PiiGate"/> before
/// it is
/// sent (the local caches above it key on the redacted text too). Installed by <see cref="ModelProviderFactory"/> on
/// every
/// remote generator; <see cref="GetService"/> hands out no layer below it.
/// </summary>
public sealed class RedactingEmbeddingGenerator(
    IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
    PiiGate gate
) : DelegatingEmbeddingGenerator<string, Embedding<float>>(innerGenerator)
{
    /// <summary>The gate (for its counts).</summary>
    public PiiGate Gate { get; } = gate;

    /// <inheritdoc />
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        return base.GenerateAsync([.. values.Select(Gate.Redact)], options, cancellationToken);
    }

    /// <summary>This generator, the gate and descriptive metadata; never a layer below the gate.</summary>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType.IsInstanceOfType(this))
        {
            return this;
        }
        if (serviceKey is null && serviceType == typeof(PiiGate))
        {
            return Gate;
        }
        return serviceType == typeof(EmbeddingGeneratorMetadata) || serviceType == typeof(ProviderInfo)
            ? base.GetService(serviceType, serviceKey)
            : null;
    }
}
