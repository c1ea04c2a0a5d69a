namespace CxAssistant.Engine.Personas;

/// <summary>
/// Mean silhouette (Rousseeuw 1987) with Euclidean distance: for each point, (b − a) / max(a, b) where a is the
/// mean distance to its own cluster and b to the nearest other cluster. +1 well separated, 0 on a border.
/// Points alone in their cluster score 0. On large data a fixed, evenly spaced subset of points is scored.
/// </summary>
internal static class Silhouette
{
    public const int MaxPoints = 1000;

    public static double Mean(double[][] points, int[] assignment, int k)
    {
        if (k < 2) return 0;
        var step = Math.Max(1, points.Length / MaxPoints);
        var sample = Enumerable.Range(0, points.Length).Where(i => i % step == 0).ToArray();
        var sizes = new int[k];
        foreach (var i in sample) sizes[assignment[i]]++;
        var total = 0.0;
        foreach (var i in sample)
        {
            var sums = new double[k];
            foreach (var j in sample)
                if (j != i) sums[assignment[j]] += Math.Sqrt(KMeans.Distance2(points[i], points[j]));
            var own = assignment[i];
            if (sizes[own] <= 1) continue;
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            if (b == double.MaxValue) continue;
            var max = Math.Max(a, b);
            total += max > 0 ? (b - a) / max : 0;
        }
        return total / sample.Length;
    }
}
