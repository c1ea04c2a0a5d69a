using CxAssistant.LocalModel;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// The encoder every offline command uses unless told otherwise: all-MiniLM-L6-v2's distilled static vectors
/// (<see cref="LocalEncoderMode.Static"/>), loaded once per process and shared by every caller (it is thread-safe and
/// holds a 45 MiB table, so one copy). The first run on a machine distils the table from the packaged model (tens of
/// seconds, once; see docs/local-model.md); later runs read it from the per-user cache in about half a second.
/// </summary>
public static class MeaningEncoder
{
    private static readonly Lock Gate = new();

    /// <summary>The shared encoder's model id, known without loading it.</summary>
    public static readonly string ModelId = $"{MiniLmResources.ModelName}-static-{new StaticTableOptions().Key}";
    private static Task<IEmbeddingGenerator<string, Embedding<float>>>? s_shared;

    /// <summary>
    /// The shared encoder. <paramref name="firstRun"/> hears how many vocabulary tokens are distilled when the table
    /// is not cached yet (nothing otherwise). Cancelling stops the wait, not the load other callers share.
    /// </summary>
    public static Task<IEmbeddingGenerator<string, Embedding<float>>> SharedAsync(
        IProgress<int>? firstRun = null, CancellationToken cancellationToken = default)
    {
        Task<IEmbeddingGenerator<string, Embedding<float>>> task;
        lock (Gate)
        {
            // A failed load (disk full, cache folder unwritable) is tried again by the next caller, not remembered.
            if (s_shared is null || s_shared.IsFaulted || s_shared.IsCanceled)
            {
                s_shared = LoadAsync(firstRun);
            }
            task = s_shared;
        }
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The shared encoder, waited for (analysis and index code is synchronous at this seam).</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Shared(CancellationToken cancellationToken = default) =>
        SharedAsync(null, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Unit vectors of <paramref name="texts"/> from the shared encoder (its static path never blocks on I/O).</summary>
    public static IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [.. Shared(cancellationToken).GenerateAsync(texts, cancellationToken: cancellationToken).GetAwaiter().GetResult()
            .Select(e => e.Vector.ToArray())];

    /// <summary>True when the shared encoder can start without distilling its table first (a fast start).</summary>
    public static bool IsCached => File.Exists(new StaticTableCache(StaticTableCache.DefaultDirectory)
        .PathFor(StaticTableCache.KeyFor(new StaticTableOptions())));

    private static async Task<IEmbeddingGenerator<string, Embedding<float>>> LoadAsync(IProgress<int>? firstRun) =>
        await LocalEmbeddingGenerator.CreateAsync(new LocalEncoderOptions(), firstRun, CancellationToken.None)
            .ConfigureAwait(false);
}
