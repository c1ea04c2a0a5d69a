using System.Numerics.Tensors;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

internal static class VectorMath
{
    public static float[] Normalise(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm == 0)
        {
            return vector;
        }
        var result = new float[vector.Length];
        TensorPrimitives.Divide(vector, norm, result);
        return result;
    }

    public static float Dot(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    /// <summary>
    /// Dot product over shared indices, or null when none are shared (Qdrant then does not return the point).
    /// </summary>
    public static float? SparseDot(
        SparseVector sortedQuery,
        SparseVector sortedStored,
        IReadOnlyDictionary<uint, float>? weights
    )
    {
        float score = 0;
        var overlap = false;
        int i = 0,
            j = 0;
        while (i < sortedQuery.Indices.Count && j < sortedStored.Indices.Count)
        {
            var a = sortedQuery.Indices[i];
            var b = sortedStored.Indices[j];
            if (a < b)
            {
                i++;
            }
            else if (a > b)
            {
                j++;
            }
            else
            {
                overlap = true;
                var queryWeight =
                    sortedQuery.Values[i] * (weights is not null && weights.TryGetValue(a, out var w) ? w : 1f);
                score += queryWeight * sortedStored.Values[j];
                i++;
                j++;
            }
        }
        return overlap ? score : null;
    }
}
