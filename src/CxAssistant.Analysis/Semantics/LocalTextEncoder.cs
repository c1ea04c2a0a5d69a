using CxAssistant.LocalModel;

namespace CxAssistant.Analysis.Semantics;

/// <summary>
/// The local sentence encoder (all-MiniLM-L6-v2, static mode: distilled token vectors, no network) as an
/// <see cref="ITextEncoder"/>. One per process (<see cref="Shared"/>): the table is read once and is thread-safe.
/// </summary>
public sealed class LocalTextEncoder(LocalEmbeddingGenerator generator) : ITextEncoder
{
    private static readonly Lazy<ITextEncoder?> Loaded = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process's encoder; null when the model cannot be loaded (the callers then read words instead).</summary>
    public static ITextEncoder? Shared => Loaded.Value;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0) return [];
        // Static mode runs synchronously; the Task is already complete.
        var embeddings = generator.GenerateAsync(texts, cancellationToken: cancellationToken).GetAwaiter().GetResult();
        return [.. embeddings.Select(e => e.Vector.ToArray())];
    }

    private static ITextEncoder? Create()
    {
        try
        {
            return new LocalTextEncoder(LocalEmbeddingGenerator.CreateAsync().GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }
}
