using CxAssistant.Core.Analysis;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Customers, their features and the chosen partition. On large data k-means and the silhouette run on an evenly
/// spaced subset of <see cref="MaxFitPoints"/> customers and every customer is then assigned to the nearest centroid,
/// so cost stays flat as the corpus grows. Economic buyers form their own segment before clustering (see
/// <see cref="Run"/>).
/// </summary>
internal sealed record Segmentation(
    IReadOnlyList<CustomerProfile> Customers,
    FeatureSpace Space,
    Clustering Clustering,
    IReadOnlyList<Clustering> Tried
)
{
    public const int MaxFitPoints = 2000;

    public static Segmentation Run(AnalysisResult analysis, PersonaOptions options)
    {
        var customers = CustomerProfiles.Build(analysis);
        var space = FeatureSpace.Build(analysis, customers);
        if (customers.Count == 0)
        {
            return new Segmentation(customers, space, new Clustering(0, [], [], 0, 0), []);
        }

        // Economic buyers (account notes, bulk and office orders) have a different BTABoK role from the people
        // who buy for themselves: they get their own segment instead of being averaged into consumer clusters.
        var buyers = EconomicBuyers(analysis, customers, space);
        var rest = Enumerable.Range(0, customers.Count).Where(c => !buyers.Contains(c)).ToList();
        var splitBuyers = buyers.Count >= MinEconomicBuyers && rest.Count >= 2 * KSelection.MinClusterSize(rest.Count);
        if (!splitBuyers)
        {
            rest = [.. Enumerable.Range(0, customers.Count)];
        }
        var restOptions = splitBuyers && options.Count is { } n ? options with { Count = Math.Max(1, n - 1) } : options;

        var (best, tried) = Cluster([.. rest.Select(c => space.Vectors[c])], restOptions);
        var assignment = new int[customers.Count];
        for (var i = 0; i < rest.Count; i++)
        {
            assignment[rest[i]] = best.Assignment[i];
        }
        var centroids = best.Centroids.ToList();
        if (splitBuyers)
        {
            foreach (var c in buyers)
            {
                assignment[c] = best.K;
            }
            centroids.Add(Mean([.. buyers.Select(c => space.Vectors[c])]));
        }
        return new Segmentation(
            customers,
            space,
            best with
            {
                K = centroids.Count,
                Assignment = assignment,
                Centroids = [.. centroids],
            },
            tried
        );
    }

    /// <summary>Smallest group of economic buyers that gets its own (proto-)persona.</summary>
    public const int MinEconomicBuyers = 5;

    private static HashSet<int> EconomicBuyers(
        AnalysisResult analysis,
        IReadOnlyList<CustomerProfile> customers,
        FeatureSpace space
    ) =>
        [
            .. Enumerable
                .Range(0, customers.Count)
                .Where(c =>
                    customers[c]
                        .Records.Any(i =>
                            analysis.Records[i].Channel == Core.Evidence.Channel.SalesNote
                            || space.Contexts.HasKind(i, LifeContextKind.Group)
                        )
                ),
        ];

    private static (Clustering Best, IReadOnlyList<Clustering> Tried) Cluster(double[][] points, PersonaOptions options)
    {
        if (points.Length == 0)
        {
            return (new Clustering(0, [], [], 0, 0), []);
        }
        var step = Math.Max(1, (points.Length + MaxFitPoints - 1) / MaxFitPoints);
        var fit = step == 1 ? points : [.. points.Where((_, i) => i % step == 0)];
        var (best, tried) = KSelection.Choose(fit, options);
        if (step > 1)
        {
            best = best with { Assignment = [.. points.Select(p => KMeans.Nearest(p, best.Centroids))] };
        }
        return (best, tried);
    }

    private static double[] Mean(double[][] points)
    {
        var mean = new double[points[0].Length];
        foreach (var p in points)
        {
            for (var d = 0; d < mean.Length; d++)
            {
                mean[d] += p[d] / points.Length;
            }
        }
        return mean;
    }

    public IReadOnlyList<int> Members(int cluster) =>
        [.. Enumerable.Range(0, Customers.Count).Where(c => Clustering.Assignment[c] == cluster)];
}
