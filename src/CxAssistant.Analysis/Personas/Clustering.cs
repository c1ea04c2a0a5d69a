namespace CxAssistant.Analysis.Personas;

/// <summary>
/// A partition of customers: cluster per customer (0..K−1), centroids, within-cluster sum of squares and silhouette.
/// </summary>
internal sealed record Clustering(int K, int[] Assignment, double[][] Centroids, double Inertia, double Silhouette)
{
    public int[] Sizes()
    {
        var sizes = new int[K];
        foreach (var a in Assignment)
        {
            sizes[a]++;
        }
        return sizes;
    }
}
