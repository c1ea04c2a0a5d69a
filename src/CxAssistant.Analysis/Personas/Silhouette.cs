namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Mean silhouette (Rousseeuw 1987) with Euclidean distance: for each point, (b − a) / max(a, b) where a is the
/// mean distance to its own cluster and b to the nearest other cluster. +1 well separated, 0 on a border.
/// Points alone in their cluster score 0. On large data a fixed, evenly spaced subset of points is scored.
/// </summary>
internal static class Silhouette
{
    public const int MaxPoints = 1000;

    /// <summary>The scored subset and its pairwise distances: the same for every k tried, so computed once.</summary>
    internal sealed class Sample
    {
        public Sample(double[][] points)
        {
            var step = Math.Max(1, points.Length / MaxPoints);
            Indices = [.. Enumerable.Range(0, points.Length).Where(i => i % step == 0)];
            Distances = new double[Indices.Length][];
            for (var a = 0; a < Indices.Length; a++)
            {
                Distances[a] = new double[Indices.Length];
            }
            for (var a = 0; a < Indices.Length; a++)
            {
                for (var b = a + 1; b < Indices.Length; b++)
                {
                    Distances[a][b] = Distances[b][a] = Math.Sqrt(
                        KMeans.Distance2(points[Indices[a]], points[Indices[b]])
                    );
                }
            }
        }

        public int[] Indices { get; }
        public double[][] Distances { get; }
    }

    public static double Mean(double[][] points, int[] assignment, int k) =>
        k < 2 ? 0 : Mean(new Sample(points), assignment, k);

    public static double Mean(Sample sample, int[] assignment, int k)
    {
        if (k < 2)
        {
            return 0;
        }
        var indices = sample.Indices;
        var sizes = new int[k];
        foreach (var i in indices)
        {
            sizes[assignment[i]]++;
        }
        var total = 0.0;
        var sums = new double[k];
        for (var a = 0; a < indices.Length; a++)
        {
            Array.Clear(sums);
            var row = sample.Distances[a];
            for (var b = 0; b < indices.Length; b++)
            {
                if (b != a)
                {
                    sums[assignment[indices[b]]] += row[b];
                }
            }
            var own = assignment[indices[a]];
            if (sizes[own] <= 1)
            {
                continue;
            }
            var mean = sums[own] / (sizes[own] - 1);
            var nearest = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    nearest = Math.Min(nearest, sums[c] / sizes[c]);
                }
            }
            if (nearest == double.MaxValue)
            {
                continue;
            }
            var max = Math.Max(mean, nearest);
            total += max > 0 ? (nearest - mean) / max : 0;
        }
        return total / indices.Length;
    }
}
