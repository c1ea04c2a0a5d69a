using CxAssistant.Analysis.Meaning;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Semantics;

/// <summary>
/// An embedding generator (the run's encoder; by default the shared local one, <see cref="MeaningEncoder"/>) read as an
/// <see cref="ITextEncoder"/> by the methods that group phrases by meaning. One encoder per process, not two tables.
/// </summary>
public sealed class LocalTextEncoder(IEmbeddingGenerator<string, Embedding<float>> generator) : ITextEncoder
{
    private static readonly Lazy<ITextEncoder?> Loaded = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The process's encoder; null when the model cannot be loaded (the callers then read words instead).
    /// </summary>
    public static ITextEncoder? Shared => Loaded.Value;

    /// <summary>
    /// The run's encoder: <paramref name="generator"/> when one is configured, else <see cref="Shared"/>.
    /// </summary>
    public static ITextEncoder? For(IEmbeddingGenerator<string, Embedding<float>>? generator) =>
        generator is null ? Shared : new LocalTextEncoder(generator);

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
        {
            return [];
        }
        // The local static path completes synchronously; a configured generator is waited for (this seam is
        // synchronous).
        var embeddings = generator.GenerateAsync(texts, cancellationToken: cancellationToken).GetAwaiter().GetResult();
        return [.. embeddings.Select(e => e.Vector.ToArray())];
    }

    private static ITextEncoder? Create()
    {
        try
        {
            return new LocalTextEncoder(MeaningEncoder.Shared());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }
}
