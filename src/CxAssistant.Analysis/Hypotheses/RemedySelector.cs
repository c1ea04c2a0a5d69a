namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Picks the remedies for one touchpoint. Slots go to pains in proportion to how often customers raise them
/// (D'Hondt: each slot to the pain with the highest count ÷ (slots it already has + 1)), each slot to that pain's
/// best-scoring remedy not yet chosen (one per group). When no specific remedy is left, general remedies fill up.
/// </summary>
internal static class RemedySelector
{
    public static IReadOnlyList<(RemedyCandidate Candidate, string Pain)> Select(
        TouchpointContext ctx,
        IReadOnlyList<RemedyCandidate> candidates,
        int count
    )
    {
        var chosen = new List<(RemedyCandidate C, string Pain)>();
        var assigned = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool Free(RemedyCandidate c) =>
            !chosen.Any(x => x.C == c)
            && (c.Remedy.Group is null || !groups.Contains(c.Remedy.Group))
            && !titles.Contains(c.Title);
        void Take(RemedyCandidate c, string pain)
        {
            chosen.Add((c, pain));
            assigned[pain] = assigned.GetValueOrDefault(pain) + 1;
            if (c.Remedy.Group is { } g)
            {
                groups.Add(g);
            }
            titles.Add(c.Title);
        }

        while (chosen.Count < count)
        {
            var pick = ctx
                .Pains.OrderByDescending(p => (double)p.Count / (assigned.GetValueOrDefault(p.Pain) + 1))
                .ThenBy(p => p.Pain, StringComparer.Ordinal)
                .Select(p => Best(ctx, candidates.Where(c => !c.Remedy.IsGeneral && Free(c)), p.Pain))
                .FirstOrDefault(x => x is not null);
            if (pick is { } specific)
            {
                Take(specific.Candidate, specific.Pain);
                continue;
            }
            var general = candidates
                .Where(c => c.Remedy.IsGeneral && Free(c))
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            if (general is null)
            {
                break;
            }
            Take(general, general.Pains[0]);
        }
        return Rematch(ctx, chosen);
    }

    /// <summary>
    /// Keeps the number of slots per pain but swaps pains between two chosen remedies when both fit better that way
    /// (a payment-crash fix measured on defects, an order check on repeat contacts, rather than the other way round).
    /// </summary>
    private static List<(RemedyCandidate, string)> Rematch(
        TouchpointContext ctx,
        List<(RemedyCandidate C, string Pain)> chosen
    )
    {
        int Fit(RemedyCandidate c, string pain) =>
            c.Remedy.IsGeneral ? 0
            : c.Pains.Contains(pain, StringComparer.Ordinal)
                ? Score(ctx, c, pain, c.Remedy.Pains.ToList().IndexOf(pain))
            : int.MinValue / 4;
        for (var swapped = true; swapped; )
        {
            swapped = false;
            for (var i = 0; i < chosen.Count; i++)
            {
                for (var j = i + 1; j < chosen.Count; j++)
                {
                    var (a, pa) = chosen[i];
                    var (b, pb) = chosen[j];
                    if (pa == pb || a.Remedy.IsGeneral || b.Remedy.IsGeneral)
                    {
                        continue;
                    }
                    if (Fit(a, pb) + Fit(b, pa) <= Fit(a, pa) + Fit(b, pb))
                    {
                        continue;
                    }
                    chosen[i] = (a, pb);
                    chosen[j] = (b, pa);
                    swapped = true;
                }
            }
        }
        return chosen;
    }

    /// <summary>
    /// How well a remedy serves a pain here: records where customers use its words AND raise the pain count most,
    /// then the base score; a pain listed later in the remedy's pains counts less.
    /// </summary>
    internal static int Score(TouchpointContext ctx, RemedyCandidate c, string pain, int rank) =>
        // A remedy written for another touchpoint type may join on strong evidence but never outranks the type's own.
        c.Score
        + 3 * Math.Min(c.Hits.Count(h => ctx.HasPain(h.Record, pain)), c.Fits ? 6 : 2)
        - 3 * rank;

    /// <summary>
    /// The best remedy for a pain; a remedy listing the pain first is worth more than one listing it later.
    /// </summary>
    private static (RemedyCandidate Candidate, string Pain)? Best(
        TouchpointContext ctx,
        IEnumerable<RemedyCandidate> candidates,
        string pain
    )
    {
        var best = candidates
            .Select(c => (c, rank: c.Remedy.Pains.ToList().IndexOf(pain)))
            .Where(x => x.rank >= 0 && x.c.Pains.Contains(pain, StringComparer.Ordinal))
            // A remedy written for another touchpoint type takes a slot only when none written for this type is left.
            .OrderByDescending(x => x.c.Fits)
            .ThenByDescending(x => Score(ctx, x.c, pain, x.rank))
            .Select(x => x.c)
            .FirstOrDefault();
        return best is null ? null : (best, pain);
    }
}
