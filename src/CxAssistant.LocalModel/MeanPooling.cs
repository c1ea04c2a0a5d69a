using System.Numerics.Tensors;

namespace CxAssistant.LocalModel;

/// <summary>
/// sentence-transformers' pooling for this model: mean of the states under the attention mask, then L2.
/// </summary>
internal static class MeanPooling
{
    public static float[][] Pool(ReadOnlySpan<float> states, long[] mask, int rows, int width)
    {
        var dims = states.Length / (rows * width);
        var result = new float[rows][];
        for (var row = 0; row < rows; row++)
        {
            var vector = new float[dims];
            var count = 0;
            for (var t = 0; t < width; t++)
            {
                if (mask[row * width + t] == 0)
                {
                    continue;
                }
                TensorPrimitives.Add(vector, states.Slice((row * width + t) * dims, dims), vector);
                count++;
            }
            if (count > 0)
            {
                TensorPrimitives.Divide(vector, count, vector);
            }
            VectorMath.Normalize(vector);
            result[row] = vector;
        }
        return result;
    }
}
