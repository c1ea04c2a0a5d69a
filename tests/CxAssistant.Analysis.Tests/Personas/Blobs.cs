namespace CxAssistant.Analysis.Tests.Personas;

/// <summary>Synthetic, well-separated groups of points (deterministic jitter) for clustering tests.</summary>
internal static class Blobs
{
    /// <summary>
    /// <paramref name="groups"/> groups of <paramref name="size"/> points in 4 dimensions, group g centred on 3·e_g.
    /// </summary>
    public static (double[][] Points, int[] Truth) Make(int groups, int size)
    {
        var points = new List<double[]>();
        var truth = new List<int>();
        for (var g = 0; g < groups; g++)
        {
            for (var i = 0; i < size; i++)
            {
                var p = new double[4];
                for (var d = 0; d < 4; d++)
                {
                    p[d] = ((i * 7 + d * 3) % 11 - 5) / 25.0; // jitter in ±0.2
                }
                p[g % 4] += 3;
                if (g >= 4)
                {
                    p[(g + 1) % 4] += 3;
                }
                points.Add(p);
                truth.Add(g);
            }
        }
        return ([.. points], [.. truth]);
    }

    /// <summary>True when both partitions group the same points together (labels may differ).</summary>
    public static bool SamePartition(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = i + 1; j < a.Length; j++)
            {
                if ((a[i] == a[j]) != (b[i] == b[j]))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
