using System.Numerics.Tensors;

namespace CxAssistant.LocalModel;

/// <summary>
/// One vector per vocabulary token (weights folded in). A text's vector is the mean of its tokens' rows, normalised:
/// no transformer at query time, so tens of thousands of texts a second on one core.
/// </summary>
public sealed class StaticEmbeddingTable
{
    /// <summary>Wraps <paramref name="rows"/> (row-major, <paramref name="dimensions"/> floats per token).</summary>
    public StaticEmbeddingTable(float[] rows, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (dimensions <= 0 || rows.Length % dimensions != 0)
        {
            throw new ArgumentException($"{rows.Length} floats do not make rows of {dimensions}.", nameof(rows));
        }
        Rows = rows;
        Dimensions = dimensions;
        Count = rows.Length / dimensions;
    }

    /// <summary>Row-major token vectors.</summary>
    public float[] Rows { get; }

    /// <summary>Floats per row.</summary>
    public int Dimensions { get; }

    /// <summary>Number of rows (the vocabulary size).</summary>
    public int Count { get; }

    /// <summary>The row of token <paramref name="id"/>.</summary>
    public ReadOnlySpan<float> Row(int id) => Rows.AsSpan(id * Dimensions, Dimensions);

    /// <summary>
    /// Unit vector of a token sequence; [CLS]/[SEP] framing (first and last id) is skipped. A text with no token
    /// left (empty, or only characters the vocabulary lacks) gets the zero vector.
    /// </summary>
    public float[] Embed(ReadOnlySpan<int> framedIds)
    {
        var target = new float[Dimensions];
        EmbedInto(framedIds, target);
        return target;
    }

    /// <summary>
    /// As <see cref="Embed"/>, written into <paramref name="target"/> (<see cref="Dimensions"/> floats, all zero).
    /// </summary>
    public void EmbedInto(ReadOnlySpan<int> framedIds, Span<float> target)
    {
        if (target.Length != Dimensions)
        {
            throw new ArgumentException($"The target holds {target.Length} floats, not {Dimensions}.", nameof(target));
        }
        var inner = framedIds.Length > 2 ? framedIds[1..^1] : [];
        foreach (var id in inner)
        {
            if ((uint)id < (uint)Count)
            {
                TensorPrimitives.Add(target, Row(id), target);
            }
        }
        VectorMath.Normalize(target);
    }
}
