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
    private static Task<IEmbeddingGenerator<string, Embedding<float>>>? Loading;
    private static readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> FullEncoder = new(LoadFull);

    /// <summary>
    /// How much text the full transformer reads in one analysis, in estimated WordPiece tokens (about 4 characters
    /// each, at most 256 a text). The transformer costs about 0.4 ms of CPU a token here (a short review about 10 ms,
    /// against microseconds for the static table), so 150,000 tokens is about a minute of CPU: a business of a few
    /// thousand short records or a thousand long reviews. Above it the static table reads every record.
    /// </summary>
    public const long FullModelTokenBudget = 150_000;

    /// <summary>
    /// The shared encoder. <paramref name="firstRun"/> hears how many vocabulary tokens are distilled when the table
    /// is not cached yet (nothing otherwise). Cancelling stops the wait, not the load other callers share.
    /// </summary>
    public static Task<IEmbeddingGenerator<string, Embedding<float>>> SharedAsync(
        IProgress<int>? firstRun = null,
        CancellationToken cancellationToken = default
    )
    {
        Task<IEmbeddingGenerator<string, Embedding<float>>> task;
        lock (Gate)
        {
            // A failed load (disk full, cache folder unwritable) is tried again by the next caller, not remembered.
            if (Loading is null || Loading.IsFaulted || Loading.IsCanceled)
            {
                Loading = LoadAsync(firstRun);
            }
            task = Loading;
        }
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The shared encoder, waited for (analysis and index code is synchronous at this seam).</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Shared(CancellationToken cancellationToken = default) =>
        SharedAsync(null, cancellationToken).GetAwaiter().GetResult();

    /// <summary>
    /// Unit vectors of <paramref name="texts"/> from the shared encoder (its static path never blocks on I/O).
    /// </summary>
    public static IReadOnlyList<float[]> Embed(
        IReadOnlyList<string> texts,
        CancellationToken cancellationToken = default
    ) =>
        [
            .. Shared(cancellationToken)
                .GenerateAsync(texts, cancellationToken: cancellationToken)
                .GetAwaiter()
                .GetResult()
                .Select(e => e.Vector.ToArray()),
        ];

    /// <summary>
    /// The full transformer (all-MiniLM-L6-v2 itself), loaded once per process (about a second), its vectors kept in
    /// the per-user vector cache (<see cref="CachingEmbeddingGenerator"/>) so a re-analysis reads them back.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Full => FullEncoder.Value;

    /// <summary>
    /// The encoder that reads <paramref name="texts"/> (one business's records): the full transformer when their
    /// estimated tokens fit <see cref="FullModelTokenBudget"/>, else the static table; with the reason, for the report.
    /// </summary>
    public static EncoderChoice ChooseFor(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = EstimateTokens(texts);
        return tokens <= FullModelTokenBudget
            ? new EncoderChoice(Full, true, tokens)
            : new EncoderChoice(Shared(cancellationToken), false, tokens);
    }

    /// <summary>Estimated WordPiece tokens of the distinct texts (4 characters a token, 256 at most a text).</summary>
    public static long EstimateTokens(IEnumerable<string> texts) =>
        texts.Distinct(StringComparer.Ordinal).Sum(t => Math.Min(MiniLmResources.MaxSequenceLength, 2L + t.Length / 4));

    // The transformer loads on the first text the cache does not hold. Batches of 8: on a CPU larger batches are not
    // faster, and 32 long reviews padded to 256 tokens held about half a gigabyte of activations.
    private static IEmbeddingGenerator<string, Embedding<float>> LoadFull() =>
        new CachingEmbeddingGenerator(
            () =>
                LocalEmbeddingGenerator
                    .CreateAsync(new LocalEncoderOptions { Mode = LocalEncoderMode.Full, BatchSize = 8 })
                    .GetAwaiter()
                    .GetResult(),
            "cx-local",
            MiniLmResources.ModelName,
            MiniLmResources.Dimensions,
            CachingEmbeddingGenerator.DefaultDirectory
        );

    /// <summary>True when the shared encoder can start without distilling its table first (a fast start).</summary>
    public static bool IsCached =>
        File.Exists(
            new StaticTableCache(StaticTableCache.DefaultDirectory).PathFor(
                StaticTableCache.KeyFor(new StaticTableOptions())
            )
        );

    private static async Task<IEmbeddingGenerator<string, Embedding<float>>> LoadAsync(IProgress<int>? firstRun) =>
        await LocalEmbeddingGenerator
            .CreateAsync(new LocalEncoderOptions(), firstRun, CancellationToken.None)
            .ConfigureAwait(false);
}

/// <summary>Which encoder reads a business's records, and why (its estimated size against the budget).</summary>
public sealed record EncoderChoice(IEmbeddingGenerator<string, Embedding<float>> Encoder, bool IsFull, long Tokens)
{
    /// <summary>One sentence for the report: which model read the records and why.</summary>
    public string Describe() =>
        IsFull
            ? $"Meaning was read by the full language model "
                + $"({MiniLmResources.ModelName}): the records (about {Tokens:N0} "
                + $"tokens) fit its budget of {MeaningEncoder.FullModelTokenBudget:N0}."
            : $"Meaning was read by the fast static vectors of "
                + $"{MiniLmResources.ModelName}: the records (about {Tokens:N0} "
                + $"tokens) are over the full model's budget of {MeaningEncoder.FullModelTokenBudget:N0}.";
}
