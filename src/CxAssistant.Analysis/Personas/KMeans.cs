namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Lloyd's k-means with k-means++ seeding from a fixed-seed SplitMix64 generator, several restarts, best inertia
/// kept. Deterministic: same vectors, k and seed give the same partition on every machine. Ties go to the lower
/// cluster index; an emptied cluster is re-seeded with the point farthest from its centroid.
/// </summary>
internal static class KMeans
{
    private const int MaxIterations = 100;

    public static Clustering Fit(double[][] points, int k, ulong seed, int restarts = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, points.Length);
        Clustering? best = null;
        for (var r = 0; r < restarts; r++)
        {
            var run = Run(points, k, seed + (ulong)r * 7919UL);
            if (best is null || run.Inertia < best.Inertia - 1e-12)
            {
                best = run;
            }
        }
        return best!;
    }

    private static Clustering Run(double[][] points, int k, ulong seed)
    {
        var rng = new StablePrng(seed);
        var centroids = Seed(points, k, ref rng);
        var assignment = new int[points.Length];
        Array.Fill(assignment, -1);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < points.Length; i++)
            {
                var nearest = Nearest(points[i], centroids);
                if (nearest != assignment[i])
                {
                    assignment[i] = nearest;
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
            centroids = Update(points, assignment, centroids);
        }
        return new Clustering(k, assignment, centroids, Inertia(points, assignment, centroids), 0);
    }

    /// <summary>
    /// k-means++: the first centre uniformly, each next one with probability proportional to squared distance.
    /// </summary>
    private static double[][] Seed(double[][] points, int k, ref StablePrng rng)
    {
        var centres = new List<double[]> { (double[])points[rng.Next(points.Length)].Clone() };
        var d2 = points.Select(p => Distance2(p, centres[0])).ToArray();
        while (centres.Count < k)
        {
            var total = d2.Sum();
            int pick;
            if (total <= 0)
            {
                pick = centres.Count % points.Length; // all points identical to a centre
            }
            else
            {
                var x = NextDouble(ref rng) * total;
                pick = points.Length - 1;
                for (var i = 0; i < points.Length; i++)
                {
                    x -= d2[i];
                    if (x < 0)
                    {
                        pick = i;
                        break;
                    }
                }
            }
            centres.Add((double[])points[pick].Clone());
            for (var i = 0; i < points.Length; i++)
            {
                d2[i] = Math.Min(d2[i], Distance2(points[i], centres[^1]));
            }
        }
        return [.. centres];
    }

    private static double[][] Update(double[][] points, int[] assignment, double[][] old)
    {
        var k = old.Length;
        var dims = points[0].Length;
        var sums = new double[k][];
        var counts = new int[k];
        for (var c = 0; c < k; c++)
        {
            sums[c] = new double[dims];
        }
        for (var i = 0; i < points.Length; i++)
        {
            counts[assignment[i]]++;
            var s = sums[assignment[i]];
            for (var d = 0; d < dims; d++)
            {
                s[d] += points[i][d];
            }
        }
        for (var c = 0; c < k; c++)
        {
            if (counts[c] == 0)
            {
                // Re-seed an empty cluster with the point worst served by its current centroid.
                var far = Enumerable.Range(0, points.Length).MaxBy(i => Distance2(points[i], old[assignment[i]]));
                sums[c] = (double[])points[far].Clone();
                assignment[far] = c;
                continue;
            }
            for (var d = 0; d < dims; d++)
            {
                sums[c][d] /= counts[c];
            }
        }
        return sums;
    }

    public static int Nearest(double[] point, double[][] centroids)
    {
        var best = 0;
        var bestD = double.MaxValue;
        for (var c = 0; c < centroids.Length; c++)
        {
            var d = Distance2(point, centroids[c]);
            if (d < bestD - 1e-12)
            {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    public static double Distance2(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    private static double Inertia(double[][] points, int[] assignment, double[][] centroids) =>
        points.Select((p, i) => Distance2(p, centroids[assignment[i]])).Sum();

    private static double NextDouble(ref StablePrng rng) => (rng.NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
