namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Chooses the number of personas: k-means for every k in the allowed range, keeping partitions whose smallest
/// cluster has at least <see cref="MinClusterSize"/> customers, and the one with the best mean silhouette
/// (within <see cref="Tolerance"/> of the best, the larger k wins: more, sharper personas). An explicit count skips the
/// search.
/// </summary>
internal static class KSelection
{
    /// <summary>
    /// Silhouettes of short-feedback features are flat (0.06–0.12 on the samples, differences of a few thousandths
    /// between k): within this margin of the best, the larger k wins, because a catch-all half of the customers is no
    /// persona.
    /// </summary>
    public const double Tolerance = 0.02;

    /// <summary>Smallest cluster a persona may stand on: 5% of customers, at least 3.</summary>
    public static int MinClusterSize(int customers) => Math.Max(3, (int)Math.Ceiling(customers * 0.05));

    public static (Clustering Best, IReadOnlyList<Clustering> Tried) Choose(double[][] points, PersonaOptions options)
    {
        var n = points.Length;
        if (options.Count is { } fixedK)
        {
            var k = Math.Clamp(fixedK, 1, Math.Max(1, n));
            var only = KMeans.Fit(points, k, options.Seed, Restarts(n));
            only = only with { Silhouette = Silhouette.Mean(points, only.Assignment, only.K) };
            return (only, [only]);
        }
        var minSize = MinClusterSize(n);
        var maxK = Math.Min(options.MaxCount, n / minSize);
        var tried = new List<Clustering>();
        var sample = new Lazy<Silhouette.Sample>(() => new Silhouette.Sample(points));
        for (var k = Math.Max(2, options.MinCount); k <= maxK; k++)
        {
            tried.Add(Score(sample.Value, KMeans.Fit(points, k, options.Seed, Restarts(n))));
        }
        var valid = tried.Where(c => c.Sizes().Min() >= minSize).ToList();
        if (valid.Count == 0)
        {
            return (KMeans.Fit(points, 1, options.Seed, 1) with { Silhouette = 0 }, tried);
        }
        var bestScore = valid.Max(c => c.Silhouette);
        return (valid.Where(c => c.Silhouette >= bestScore - Tolerance).MaxBy(c => c.K)!, tried);
    }

    private static Clustering Score(Silhouette.Sample sample, Clustering c) =>
        c with
        {
            Silhouette = Silhouette.Mean(sample, c.Assignment, c.K),
        };

    private static int Restarts(int n) => n <= 500 ? 8 : 3;
}
