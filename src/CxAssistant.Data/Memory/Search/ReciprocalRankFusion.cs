namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Reciprocal rank fusion (Cormack et al. 2009): score(d) = Σ 1 / (k + rank_i(d)) over the rankings that contain d,
/// ranks 1-based. It needs no score calibration between BM25 and cosine, which live on unrelated scales.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The constant from the original paper; damps the influence of the very top ranks.</summary>
    public const int DefaultK = 60;

    /// <summary>
    /// Fuses rankings of ids (best first); ties keep the order in which ids were first seen, so output is
    /// deterministic.
    /// </summary>
    public static IReadOnlyList<(string Id, double Score)> Fuse(
        IEnumerable<IReadOnlyList<string>> rankings,
        int k = DefaultK
    )
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                var id = ranking[i];
                scores[id] = scores.GetValueOrDefault(id) + 1.0 / (k + i + 1);
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }
        return [.. scores.OrderByDescending(p => p.Value).ThenBy(p => firstSeen[p.Key]).Select(p => (p.Key, p.Value))];
    }
}
