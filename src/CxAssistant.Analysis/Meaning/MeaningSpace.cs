using System.Collections.Concurrent;
using System.Numerics.Tensors;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Safety;
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
    private readonly float[] _vectors;
    private readonly ConcurrentDictionary<string, float[]> _others = new(StringComparer.Ordinal);

    private MeaningSpace(
        IEmbeddingGenerator<string, Embedding<float>> encoder,
        float[] vectors,
        int count,
        int dimensions
    )
    {
        _encoder = encoder;
        _vectors = vectors;
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
        ArgumentNullException.ThrowIfNull(encoder);
        // Identical texts (re-posted complaints, "Great service") are embedded once.
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var slot = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var text = Readable(texts[i]);
            if (!distinct.TryGetValue(text, out slot[i]))
            {
                distinct[text] = slot[i] = distinct.Count;
            }
        }
        var unique = distinct.Keys.ToArray();
        var embedded = new float[unique.Length][];
        var done = 0;
        Parallel.For(
            0,
            (unique.Length + Slice - 1) / Slice,
            new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount,
            },
            s =>
            {
                var start = s * Slice;
                var batch = unique.AsSpan(start, Math.Min(Slice, unique.Length - start)).ToArray();
                var vectors = encoder
                    .GenerateAsync(batch, cancellationToken: cancellationToken)
                    .GetAwaiter()
                    .GetResult();
                for (var k = 0; k < batch.Length; k++)
                {
                    embedded[start + k] = vectors[k].Vector.ToArray();
                }
                progress?.Report(Interlocked.Add(ref done, batch.Length));
            }
        );
        var dimensions =
            embedded.Length > 0
                ? embedded[0].Length
                : encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions ?? 0;
        var block = new float[texts.Count * dimensions];
        for (var i = 0; i < texts.Count; i++)
        {
            embedded[slot[i]].CopyTo(block.AsSpan(i * dimensions, dimensions));
        }
        return new MeaningSpace(encoder, block, texts.Count, dimensions);
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
        return _vectors.AsSpan(record * Dimensions, Dimensions);
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
            scores[i] = TensorPrimitives.Dot(query, _vectors.AsSpan(i * Dimensions, Dimensions));
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
