namespace CxAssistant.Analysis.Text;

/// <summary>
/// Many <see cref="TriggerMatcher"/>s in one pass: for each trigger set, how many different triggers occur in a text,
/// with exactly <see cref="TriggerMatcher.CountDistinct(string)"/>'s rules (whole words, case-insensitive, curly
/// apostrophes, the longest trigger of the set at each position). The jobs drafter scores every record against every
/// theme's anchors, job-map steps and outcomes; one scan instead of one per set is what keeps that cheap.
/// </summary>
internal sealed class TriggerSetMatcher
{
    private readonly string[] _triggers; // distinct ignoring case, longest first, then ordinal
    private readonly int[][] _setsOf; // the sets each trigger belongs to
    private readonly TriggerIndex _index;
    private readonly int _sets;

    public TriggerSetMatcher(IReadOnlyList<IEnumerable<string>> sets)
    {
        _sets = sets.Count;
        var members = new Dictionary<string, SortedSet<int>>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < sets.Count; s++)
        {
            foreach (var t in sets[s].Where(t => t.Length > 0))
            {
                if (!members.TryGetValue(t, out var list))
                {
                    members[t] = list = [];
                }
                list.Add(s);
            }
        }
        _triggers = [.. members.Keys.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];
        _setsOf = [.. _triggers.Select(t => members[t].ToArray())];
        _index = new TriggerIndex(_triggers);
    }

    public int SetCount => _sets;

    /// <summary>
    /// Fills <paramref name="counts"/> (one per set) with how many different triggers of each set occur.
    /// </summary>
    public void CountDistinct(string text, IReadOnlyList<int> starts, Span<int> counts)
    {
        counts.Clear();
        List<(int Set, int Start, int Length)>? hits = null;
        var claimedAt = new int[_sets]; // 1 + the position where a set last took its (longest) match
        foreach (var p in starts)
        {
            var candidates = _index.StartingWith(text[p]);
            if (candidates is null)
            {
                continue;
            }
            foreach (var t in candidates)
            {
                var trigger = _triggers[t];
                if (p + trigger.Length > text.Length)
                {
                    continue;
                }
                if (!TriggerMatcher.Same(text.AsSpan(p, trigger.Length), trigger))
                {
                    continue;
                }
                if (p + trigger.Length < text.Length && TriggerMatcher.IsWordChar(text[p + trigger.Length]))
                {
                    continue;
                }
                foreach (var set in _setsOf[t])
                {
                    if (claimedAt[set] == p + 1)
                    {
                        continue; // a longer trigger of this set already matched here
                    }
                    claimedAt[set] = p + 1;
                    (hits ??= []).Add((set, p, trigger.Length));
                }
            }
        }
        if (hits is null)
        {
            return;
        }
        foreach (var group in hits.GroupBy(h => h.Set))
        {
            counts[group.Key] = group
                .Select(h => text.Substring(h.Start, h.Length).Replace('’', '\''))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Count();
        }
    }
}
