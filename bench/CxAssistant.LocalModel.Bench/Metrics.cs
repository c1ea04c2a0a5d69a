using System.Numerics.Tensors;

namespace CxAssistant.LocalModel.Bench;

/// <summary>Nearest neighbours, centroids, a small softmax regression and macro-F1 on unit vectors.</summary>
internal static class Metrics
{
    /// <summary>Gradient-descent settings of <see cref="Logistic"/>.</summary>
    public static int Epochs { get; set; } = 800;

    /// <inheritdoc cref="Epochs"/>
    public static float Rate { get; set; } = 1f;

    /// <summary>Indices of the <paramref name="k"/> corpus vectors with the highest dot product.</summary>
    public static int[] Top(float[] query, float[][] corpus, int k)
    {
        var scores = new float[corpus.Length];
        for (var i = 0; i < corpus.Length; i++)
        {
            scores[i] = TensorPrimitives.Dot(query, corpus[i]);
        }
        return [.. Enumerable.Range(0, corpus.Length).OrderByDescending(i => scores[i]).Take(k)];
    }

    public static double MacroF1(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var labels = gold.Distinct().ToArray();
        return labels.Average(label =>
        {
            var tp = gold.Zip(predicted).Count(p => p.First == label && p.Second == label);
            var fp = gold.Zip(predicted).Count(p => p.First != label && p.Second == label);
            var fn = gold.Zip(predicted).Count(p => p.First == label && p.Second != label);
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        });
    }

    /// <summary>Class of the nearest class centroid (mean of the training vectors of each class).</summary>
    public static Func<float[], string> NearestCentroid(float[][] x, IReadOnlyList<string> y)
    {
        var centroids = y.Distinct()
            .ToDictionary(
                label => label,
                label =>
                {
                    var c = new float[x[0].Length];
                    foreach (var i in Enumerable.Range(0, x.Length).Where(i => y[i] == label))
                    {
                        TensorPrimitives.Add(c, x[i], c);
                    }
                    TensorPrimitives.Divide(c, TensorPrimitives.Norm(c), c);
                    return c;
                }
            );
        return v => centroids.MaxBy(c => TensorPrimitives.Dot(v, c.Value)).Key;
    }

    /// <summary>
    /// Multinomial logistic regression, full-batch gradient descent with L2, each class weighted by the inverse of its
    /// share (so a 68 % majority class does not swallow the others). Enough for 384 features and a few thousand rows.
    /// </summary>
    public static Func<float[], string> Logistic(float[][] x, IReadOnlyList<string> y)
    {
        int epochs = Epochs;
        var rate = Rate;
        var labels = y.Distinct().Order().ToArray();
        int d = x[0].Length,
            k = labels.Length;
        var w = new float[k][];
        for (var c = 0; c < k; c++)
        {
            w[c] = new float[d + 1];
        }
        var target = y.Select(l => Array.IndexOf(labels, l)).ToArray();
        var weight = labels.Select(l => (float)x.Length / (k * y.Count(v => v == l))).ToArray();
        var p = new float[k];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var grad = Enumerable.Range(0, k).Select(_ => new float[d + 1]).ToArray();
            for (var i = 0; i < x.Length; i++)
            {
                Softmax(w, x[i], p);
                for (var c = 0; c < k; c++)
                {
                    var err = (p[c] - (target[i] == c ? 1 : 0)) * weight[target[i]];
                    TensorPrimitives.MultiplyAdd(x[i], err, grad[c].AsSpan(0, d), grad[c].AsSpan(0, d));
                    grad[c][d] += err;
                }
            }
            for (var c = 0; c < k; c++)
            {
                TensorPrimitives.MultiplyAdd(w[c], 1e-4f * x.Length, grad[c], grad[c]);
                TensorPrimitives.MultiplyAdd(grad[c], -rate / x.Length, w[c], w[c]);
            }
        }
        return v =>
        {
            var probs = new float[k];
            Softmax(w, v, probs);
            return labels[TensorPrimitives.IndexOfMax(probs)];
        };
    }

    private static void Softmax(float[][] w, float[] v, float[] p)
    {
        for (var c = 0; c < w.Length; c++)
        {
            p[c] = TensorPrimitives.Dot(w[c].AsSpan(0, v.Length), v) + w[c][v.Length];
        }
        TensorPrimitives.SoftMax(p, p);
    }
}
