using System.Collections.Concurrent;
using System.Numerics.Tensors;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Safety;
using CxAssistant.LocalModel;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// The per-run meaning service: every record embedded once (identical texts once) with one encoder, kept in one
/// contiguous block, and served as vectors and cosine similarities to annotators, discovery, jobs and personas. Other
/// texts (catalog descriptions, example phrases) are embedded on demand into the same space and remembered for the run.
/// Thread-safe: vectors never change after <see cref="Build"/>.
/// </summary>
public sealed class MeaningSpace : IRecordMeaning
{
    // Texts per encoder call: large enough to amortise a call, small enough that both cores share the work.
    private const int Slice = 512;

    private readonly IEmbeddingGenerator<string, Embedding<float>> _encoder;

    // One row per distinct text; _rows maps a record to its row.
    private readonly float[] _vectors;
    private readonly int[] _rows;
    private readonly ConcurrentDictionary<string, float[]> _others = new(StringComparer.Ordinal);

    private MeaningSpace(
        IEmbeddingGenerator<string, Embedding<float>> encoder,
        float[] vectors,
        int[] rows,
        int count,
        int dimensions
    )
    {
        _encoder = encoder;
        _vectors = vectors;
        _rows = rows;
        Count = count;
        Dimensions = dimensions;
        ModelId = encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown";
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>
    /// Embeds <paramref name="texts"/> (one per record, each read as <see cref="Readable"/>) with
    /// <paramref name="encoder"/>,
    /// slices in parallel (<paramref name="parallelism"/> at once; one for the transformer, which uses every core
    /// inside
    /// a call and holds its activations per call); <paramref name="progress"/> hears texts done.
    /// </summary>
    public static MeaningSpace Build(
        IReadOnlyList<string> texts,
        IEmbeddingGenerator<string, Embedding<float>> encoder,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default,
        int? parallelism = null
    )
    {
        ArgumentNullException.ThrowIfNull(texts);
        return FromReadable([.. texts.Select(Readable)], encoder, progress, cancellationToken, parallelism);
    }

    /// <summary>
    /// As <see cref="Build"/>, for texts already read as <see cref="Readable"/> (the pipeline screens each record once
    /// and shares the screen with the annotator).
    /// </summary>
    public static MeaningSpace FromReadable(
        IReadOnlyList<string> readable,
        IEmbeddingGenerator<string, Embedding<float>> encoder,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default,
        int? parallelism = null
    )
    {
        ArgumentNullException.ThrowIfNull(readable);
        ArgumentNullException.ThrowIfNull(encoder);
        // Identical texts (re-posted complaints, "Great service") are embedded once and share one row.
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new int[readable.Count];
        for (var i = 0; i < readable.Count; i++)
        {
            var text = readable[i];
            if (!distinct.TryGetValue(text, out rows[i]))
            {
                distinct[text] = rows[i] = distinct.Count;
            }
        }
        var unique = distinct.Keys.ToArray();
        var slices = (unique.Length + Slice - 1) / Slice;
        var done = 0;
        // The first slice tells the dimensions; every vector is then written straight into one block (no copy per
        // vector, no second block).
        var dimensions = encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions ?? 0;
        float[]? block = null;
        var first = 0;
        if (unique.Length > 0 && dimensions <= 0)
        {
            var vectors = EmbedSlice(unique, 0, encoder, cancellationToken);
            dimensions = vectors[0].Vector.Length;
            block = new float[unique.Length * dimensions];
            CopyInto(vectors, block, 0, dimensions);
            progress?.Report(Interlocked.Add(ref done, vectors.Count));
            first = 1;
        }
        block ??= new float[unique.Length * dimensions];
        // The static table writes straight into the block (a wrapper such as a cache is asked, not bypassed).
        var local = encoder as LocalEmbeddingGenerator;
        Parallel.For(
            first,
            slices,
            new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount,
            },
            s =>
            {
                var start = s * Slice;
                var length = Math.Min(Slice, unique.Length - start);
                if (
                    local is null
                    || !local.TryEmbedInto(
                        unique.AsSpan(start, length),
                        block.AsSpan(start * dimensions, length * dimensions),
                        cancellationToken
                    )
                )
                {
                    CopyInto(EmbedSlice(unique, start, encoder, cancellationToken), block, start, dimensions);
                }
                progress?.Report(Interlocked.Add(ref done, length));
            }
        );
        return new MeaningSpace(encoder, block, rows, readable.Count, dimensions);
    }

    private static GeneratedEmbeddings<Embedding<float>> EmbedSlice(
        string[] unique,
        int start,
        IEmbeddingGenerator<string, Embedding<float>> encoder,
        CancellationToken cancellationToken
    )
    {
        var batch = unique.AsSpan(start, Math.Min(Slice, unique.Length - start)).ToArray();
        return encoder.GenerateAsync(batch, cancellationToken: cancellationToken).GetAwaiter().GetResult();
    }

    private static void CopyInto(
        GeneratedEmbeddings<Embedding<float>> vectors,
        float[] block,
        int start,
        int dimensions
    )
    {
        for (var k = 0; k < vectors.Count; k++)
        {
            var vector = vectors[k].Vector.Span;
            if (vector.Length != dimensions)
            {
                throw new InvalidOperationException(
                    $"The encoder gave a vector of {vector.Length} dimensions; the space has {dimensions}."
                );
            }
            vector.CopyTo(block.AsSpan((start + k) * dimensions, dimensions));
        }
    }

    /// <summary>
    /// The text a record's meaning is read from: text addressed to a machine (instructions to an AI, markup, code)
    /// blanked
    /// out, as the annotator reads around it, so a record cannot steer what it is taken to mean.
    /// </summary>
    public static string Readable(string? text)
    {
        text ??= string.Empty;
        return PayloadScreen.Mask(text, PayloadScreen.Find(text));
    }

    public ReadOnlySpan<float> Vector(int record)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(record);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(record, Count);
        return _vectors.AsSpan(_rows[record] * Dimensions, Dimensions);
    }

    // The vectors are unit length (or zero), so the dot product is the cosine and a zero vector scores 0.
    public float Similarity(int a, int b) => TensorPrimitives.Dot(Vector(a), Vector(b));

    /// <summary>
    /// Cosine of <paramref name="query"/> (a unit vector of this space) to every record, in record order.
    /// </summary>
    public float[] SimilaritiesTo(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException(
                $"The query has {query.Length} dimensions; this space has {Dimensions}.",
                nameof(query)
            );
        }
        var scores = new float[Count];
        for (var i = 0; i < Count; i++)
        {
            scores[i] = TensorPrimitives.Dot(query, _vectors.AsSpan(_rows[i] * Dimensions, Dimensions));
        }
        return scores;
    }

    /// <summary>
    /// The <paramref name="k"/> records closest to <paramref name="query"/>, best first (ties by record order).
    /// </summary>
    public IReadOnlyList<(int Record, float Similarity)> Nearest(ReadOnlySpan<float> query, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = SimilaritiesTo(query);
        return
        [
            .. Enumerable
                .Range(0, Count)
                .OrderByDescending(i => scores[i])
                .ThenBy(i => i)
                .Take(k)
                .Select(i => (i, scores[i])),
        ];
    }

    /// <summary>
    /// The normalised mean of some records' vectors (a theme's or a segment's centre); zero when none.
    /// </summary>
    public float[] Centroid(IEnumerable<int> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var centre = new float[Dimensions];
        foreach (var r in records)
        {
            TensorPrimitives.Add(centre, Vector(r), centre);
        }
        var norm = TensorPrimitives.Norm(centre);
        if (norm > 0)
        {
            TensorPrimitives.Divide(centre, norm, centre);
        }
        return centre;
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_others.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = _encoder.GenerateAsync(missing).GetAwaiter().GetResult();
            for (var k = 0; k < missing.Length; k++)
            {
                _others.TryAdd(missing[k], vectors[k].Vector.ToArray());
            }
        }
        // Copies: a caller that scales its vector must not change everyone else's.
        return [.. texts.Select(t => (float[])_others[t].Clone())];
    }

    /// <summary>The unit vector of one text that is not a record.</summary>
    public float[] Embed(string text) => Embed([text])[0];
}
