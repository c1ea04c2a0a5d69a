using System.Numerics.Tensors;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// Exact nearest-neighbour search over L2-normalised vectors stored contiguously (dot product = cosine).
/// With quantisation on, every vector also keeps an int8 copy (per-vector scale = max |x| / 127): the scan
/// reads a quarter of the bytes, then the best <c>top × RerankFactor</c> candidates are re-scored in float32,
/// so returned scores are always exact. Not thread-safe; the owner serialises writes against reads.
/// </summary>
public sealed class FlatVectorIndex
{
    private float[] _vectors;
    private sbyte[] _codes;
    private float[] _scales;
    private int[] _codeSums; // sum of each vector's codes, to undo the VNNI query bias

    public FlatVectorIndex(int dimensions, bool quantise, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        Quantised = quantise;
        _vectors = new float[Math.Max(capacity, 16) * dimensions];
        _codes = quantise ? new sbyte[Math.Max(capacity, 16) * dimensions] : [];
        _scales = quantise ? new float[Math.Max(capacity, 16)] : [];
        _codeSums = quantise ? new int[Math.Max(capacity, 16)] : [];
    }

    public int Dimensions { get; }
    public bool Quantised { get; }
    public int Count { get; private set; }

    /// <summary>
    /// Scans of at least this many vectors are split across cores. On a busy shared machine parallel loops
    /// hurt tail latency, so this is a knob rather than a constant.
    /// </summary>
    public int ParallelThreshold { get; init; } = 32_768;

    /// <summary>How many int8 candidates per requested result are re-ranked in float32.</summary>
    public int RerankFactor { get; init; } = 4;

    /// <summary>Bytes held per vector: float32 copy, plus int8 codes and a scale when quantised.</summary>
    public int BytesPerVector => Dimensions * sizeof(float) + (Quantised ? Dimensions + sizeof(float) : 0);

    public ReadOnlySpan<float> Vector(int slot) => _vectors.AsSpan(slot * Dimensions, Dimensions);

    /// <summary>Appends a vector (normalised on the way in) and returns its slot.</summary>
    public int Add(ReadOnlySpan<float> vector)
    {
        EnsureCapacity(Count + 1);
        Set(Count++, vector);
        return Count - 1;
    }

    public void Set(int slot, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }
        var target = _vectors.AsSpan(slot * Dimensions, Dimensions);
        vector.CopyTo(target);
        var norm = TensorPrimitives.Norm(target);
        if (norm > 0)
        {
            TensorPrimitives.Divide(target, norm, target);
        }
        if (!Quantised)
        {
            return;
        }
        var codes = _codes.AsSpan(slot * Dimensions, Dimensions);
        Quantise(target, codes, out _scales[slot]);
        var sum = 0;
        foreach (var c in codes)
        {
            sum += c;
        }
        _codeSums[slot] = sum;
    }

    /// <summary>Removes a slot by moving the last vector into it; returns the slot that moved (or -1).</summary>
    public int RemoveAt(int slot)
    {
        var last = Count - 1;
        if (slot != last)
        {
            Vector(last).CopyTo(_vectors.AsSpan(slot * Dimensions, Dimensions));
            if (Quantised)
            {
                _codes.AsSpan(last * Dimensions, Dimensions).CopyTo(_codes.AsSpan(slot * Dimensions, Dimensions));
                _scales[slot] = _scales[last];
                _codeSums[slot] = _codeSums[last];
            }
        }
        Count--;
        return slot != last ? last : -1;
    }

    public void Clear() => Count = 0;

    /// <summary>
    /// Top <paramref name="top"/> slots by cosine similarity, best first; <paramref name="include"/> filters slots.
    /// </summary>
    public List<ScoredSlot> Search(
        ReadOnlySpan<float> query,
        int top,
        Func<int, bool>? include = null,
        bool useQuantised = true,
        CancellationToken cancellationToken = default
    )
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }
        if (top <= 0 || Count == 0)
        {
            return [];
        }
        var q = new float[Dimensions];
        query.CopyTo(q);
        var norm = TensorPrimitives.Norm(q);
        if (norm > 0)
        {
            TensorPrimitives.Divide(q, norm, q);
        }
        if (!(useQuantised && Quantised))
        {
            return Scan(top, (from, to, heap) => ScanFloat(q, from, to, heap, include), cancellationToken);
        }

        var codes = new sbyte[Dimensions];
        Quantise(q, codes, out var queryScale);
        var candidates = Scan(
            top * RerankFactor,
            (from, to, heap) => ScanInt8(codes, queryScale, from, to, heap, include),
            cancellationToken
        );
        var exact = new TopK(top);
        foreach (var c in candidates)
        {
            exact.Offer(c.Slot, TensorPrimitives.Dot(q, Vector(c.Slot)));
        }
        return exact.ToSortedList();
    }

    // Scans run in blocks so a cancelled search stops within a block, not after the whole collection.
    private const int Block = 8192;

    private List<ScoredSlot> Scan(int k, Action<int, int, TopK> scan, CancellationToken cancellationToken)
    {
        void Blocks(int from, int to, TopK heap)
        {
            for (var start = from; start < to; start += Block)
            {
                cancellationToken.ThrowIfCancellationRequested();
                scan(start, Math.Min(to, start + Block), heap);
            }
        }

        var parts = Count >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, 8) : 1;
        if (parts == 1)
        {
            var heap = new TopK(k);
            Blocks(0, Count, heap);
            return heap.ToSortedList();
        }
        var heaps = new TopK[parts];
        var size = (Count + parts - 1) / parts;
        try
        {
            Parallel.For(0, parts, p =>
            {
                heaps[p] = new TopK(k);
                Blocks(p * size, Math.Min(Count, (p + 1) * size), heaps[p]);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // Surface cancellation as itself, not wrapped, like the single-threaded path.
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        var merged = new TopK(k);
        foreach (var h in heaps)
        {
            foreach (var s in h.ToSortedList())
            {
                merged.Offer(s.Slot, s.Score);
            }
        }
        return merged.ToSortedList();
    }

    private void ScanFloat(float[] q, int from, int to, TopK heap, Func<int, bool>? include)
    {
        var vectors = _vectors;
        var d = Dimensions;
        for (var i = from; i < to; i++)
        {
            if (include is not null && !include(i))
            {
                continue;
            }
            var score = TensorPrimitives.Dot(q, vectors.AsSpan(i * d, d));
            if (score > heap.Threshold)
            {
                heap.Offer(i, score);
            }
        }
    }

    private void ScanInt8(sbyte[] q, float queryScale, int from, int to, TopK heap, Func<int, bool>? include)
    {
        var codes = _codes;
        var scales = _scales;
        var d = Dimensions;
        if (Int8Dot.HasVnni)
        {
            var biased = new byte[d];
            for (var j = 0; j < d; j++)
            {
                biased[j] = (byte)(q[j] + 128);
            }
            var sums = _codeSums;
            for (var i = from; i < to; i++)
            {
                if (include is not null && !include(i))
                {
                    continue;
                }
                var dot = Int8Dot.DotBiased(biased, codes.AsSpan(i * d, d)) - 128 * sums[i];
                var score = dot * queryScale * scales[i];
                if (score > heap.Threshold)
                {
                    heap.Offer(i, score);
                }
            }
            return;
        }
        for (var i = from; i < to; i++)
        {
            if (include is not null && !include(i))
            {
                continue;
            }
            var score = Int8Dot.Dot(q, codes.AsSpan(i * d, d)) * queryScale * scales[i];
            if (score > heap.Threshold)
            {
                heap.Offer(i, score);
            }
        }
    }

    private static void Quantise(ReadOnlySpan<float> vector, Span<sbyte> codes, out float scale)
    {
        var max = TensorPrimitives.MaxMagnitude(vector);
        max = MathF.Abs(max);
        scale = max > 0 ? max / 127f : 1f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127f, 127f);
        }
    }

    private void EnsureCapacity(int count)
    {
        var capacity = _vectors.Length / Dimensions;
        if (count <= capacity)
        {
            return;
        }
        var next = Math.Max(count, capacity * 2);
        Array.Resize(ref _vectors, next * Dimensions);
        if (!Quantised)
        {
            return;
        }
        Array.Resize(ref _codes, next * Dimensions);
        Array.Resize(ref _scales, next);
        Array.Resize(ref _codeSums, next);
    }
}
