using System.Numerics.Tensors;

namespace CxAssistant.Analysis.Semantics;

/// <summary>
/// Agglomerative clustering of unit vectors by meaning: every item starts alone, and the two clusters whose centroids
/// are most similar merge while that similarity is at least <c>threshold</c> (centroid linkage on the cosine; each
/// cluster keeps the sum of its vectors). Each row remembers its best partner, so a merge recomputes only the rows that
/// pointed at the merged pair. Deterministic: ties go to the lower index. Weights (how many customers said a phrase)
/// make frequent phrases pull their cluster's centroid.
/// </summary>
public static class MeaningClusters
{
    /// <summary>
    /// Cluster membership: for each input index, the id of its cluster (0..k-1, ordered by first member).
    /// </summary>
    public static int[] Group(
        IReadOnlyList<float[]> vectors,
        double threshold,
        IReadOnlyList<double>? weights = null,
        CancellationToken cancellationToken = default
    )
    {
        var n = vectors.Count;
        var sums = new float[n][];
        var alive = new bool[n];
        var owner = new int[n];
        for (var i = 0; i < n; i++)
        {
            var w = (float)(weights?[i] ?? 1);
            sums[i] = [.. vectors[i].Select(x => x * w)];
            alive[i] = true;
            owner[i] = i;
        }
        var norms = sums.Select(s => TensorPrimitives.Norm(s)).ToArray();
        var best = new int[n];
        var bestSim = new double[n];
        for (var i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            Refresh(i);
        }
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = -1;
            for (var i = 0; i < n; i++)
            {
                if (alive[i] && best[i] >= 0 && (a < 0 || bestSim[i] > bestSim[a]))
                {
                    a = i;
                }
            }
            if (a < 0 || bestSim[a] < threshold)
            {
                break;
            }
            var b = best[a];
            var (keep, gone) = a < b ? (a, b) : (b, a);
            TensorPrimitives.Add(sums[keep], sums[gone], sums[keep]);
            norms[keep] = TensorPrimitives.Norm(sums[keep]);
            alive[gone] = false;
            for (var i = 0; i < n; i++)
            {
                if (owner[i] == gone)
                {
                    owner[i] = keep;
                }
            }
            for (var i = 0; i < n; i++)
            {
                if (alive[i] && (i == keep || best[i] == keep || best[i] == gone))
                {
                    Refresh(i);
                }
                else if (alive[i] && i != keep && Sim(i, keep) is var s && s > bestSim[i])
                {
                    best[i] = keep;
                    bestSim[i] = s;
                }
            }
        }
        var ids = new Dictionary<int, int>();
        return [.. owner.Select(o => ids.TryGetValue(o, out var id) ? id : ids[o] = ids.Count)];

        double Sim(int i, int j) => TensorPrimitives.Dot(sums[i], sums[j]) / Math.Max(1e-9, norms[i] * norms[j]);

        void Refresh(int i)
        {
            best[i] = -1;
            bestSim[i] = double.NegativeInfinity;
            for (var j = 0; j < n; j++)
            {
                if (j == i || !alive[j])
                {
                    continue;
                }
                var s = Sim(i, j);
                if (s > bestSim[i])
                {
                    best[i] = j;
                    bestSim[i] = s;
                }
            }
        }
    }

    /// <summary>The normalised mean of the given vectors.</summary>
    public static float[] Centroid(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        foreach (var v in vectors)
        {
            sum ??= new float[v.Length];
            TensorPrimitives.Add(sum, v, sum);
        }
        if (sum is null)
        {
            return [];
        }
        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }
        return sum;
    }
}
