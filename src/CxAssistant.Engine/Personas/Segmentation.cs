using CxAssistant.Core.Analysis;

namespace CxAssistant.Engine.Personas;

/// <summary>
/// Customers, their features and the chosen partition. On large data k-means and the silhouette run on an evenly
/// spaced subset of <see cref="MaxFitPoints"/> customers and every customer is then assigned to the nearest centroid,
/// so cost stays flat as the corpus grows.
/// </summary>
internal sealed record Segmentation(
    IReadOnlyList<CustomerProfile> Customers, FeatureSpace Space, Clustering Clustering, IReadOnlyList<Clustering> Tried)
{
    public const int MaxFitPoints = 2000;

    public static Segmentation Run(AnalysisResult analysis, PersonaOptions options)
    {
        var customers = CustomerProfiles.Build(analysis);
        var space = FeatureSpace.Build(analysis, customers);
        if (customers.Count == 0)
            return new Segmentation(customers, space, new Clustering(0, [], [], 0, 0), []);
        var points = space.Vectors;
        var step = Math.Max(1, (points.Length + MaxFitPoints - 1) / MaxFitPoints);
        var fit = step == 1 ? points : [.. points.Where((_, i) => i % step == 0)];
        var (best, tried) = KSelection.Choose(fit, options);
        if (step > 1)
            best = best with { Assignment = [.. points.Select(p => KMeans.Nearest(p, best.Centroids))] };
        return new Segmentation(customers, space, best, tried);
    }

    public IReadOnlyList<int> Members(int cluster) =>
        [.. Enumerable.Range(0, Customers.Count).Where(c => Clustering.Assignment[c] == cluster)];
}
