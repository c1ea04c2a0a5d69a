namespace CxAssistant.Engine.Touchpoints;

/// <summary>
/// A compiled vocabulary: stem sequences (one word or a phrase) mapped to weighted targets (touchpoints, knowledge
/// types, presets). Lookup is one dictionary probe per word plus a short comparison per phrase starting with it;
/// longest phrase wins, so "baggage claim" is read once, not as "baggage" + "claim". Immutable once built,
/// so it is safe to share across threads.
/// </summary>
internal sealed class TermIndex
{
    private readonly Dictionary<string, TermEntry[]> byFirstStem;
    private readonly Dictionary<string, string> typos;

    private TermIndex(Dictionary<string, TermEntry[]> byFirstStem, Dictionary<string, string> typos)
    {
        this.byFirstStem = byFirstStem;
        this.typos = typos;
    }

    public int Count => byFirstStem.Values.Sum(e => e.Length);

    public IEnumerable<TermEntry> Entries => byFirstStem.Values.SelectMany(e => e);

    /// <summary>Builds an index; weights of the same (phrase, target) pair keep their maximum.</summary>
    public static TermIndex Build(IEnumerable<(string[] Stems, int Target, float Weight)> items, bool typoTolerant = true)
    {
        var merged = new Dictionary<string, Dictionary<int, float>>(StringComparer.Ordinal);
        var stemsByKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (stems, target, weight) in items)
        {
            if (stems.Length == 0 || weight <= 0) continue;
            if (stems.Length == 1 && TermText.IsStopWord(stems[0])) continue;
            var key = string.Join(' ', stems);
            stemsByKey[key] = stems;
            if (!merged.TryGetValue(key, out var targets)) merged[key] = targets = [];
            targets[target] = Math.Max(targets.GetValueOrDefault(target), weight);
        }

        var byFirst = new Dictionary<string, List<TermEntry>>(StringComparer.Ordinal);
        foreach (var (key, targets) in merged)
        {
            var stems = stemsByKey[key];
            var entry = new TermEntry(stems, [.. targets.OrderBy(t => t.Key).Select(t => new TermTarget(t.Key, t.Value))]);
            if (!byFirst.TryGetValue(stems[0], out var list)) byFirst[stems[0]] = list = [];
            list.Add(entry);
        }
        var compiled = byFirst.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Stems.Length).ThenBy(e => string.Join(' ', e.Stems), StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
        return new TermIndex(compiled, typoTolerant ? BuildTypos(compiled) : []);
    }

    /// <summary>Finds vocabulary hits in a text's terms, longest phrase first, left to right.</summary>
    public void Find(List<Term> terms, List<TermHit> hits)
    {
        var i = 0;
        while (i < terms.Count)
        {
            var matched = TryAt(terms, i, terms[i].Stem, 1f, hits);
            if (matched == 0 && typos.Count > 0 && terms[i].Stem.Length >= 5 && !byFirstStem.ContainsKey(terms[i].Stem) &&
                !TermText.IsStopWord(terms[i].Word) && Correct(terms[i].Stem) is { } corrected)
                matched = TryAt(terms, i, corrected, 0.6f, hits);
            i += Math.Max(1, matched);
        }
    }

    private int TryAt(List<Term> terms, int i, string firstStem, float factor, List<TermHit> hits)
    {
        if (!byFirstStem.TryGetValue(firstStem, out var entries)) return 0;
        foreach (var entry in entries)
        {
            var stems = entry.Stems;
            if (i + stems.Length > terms.Count) continue;
            var ok = true;
            for (var k = 1; k < stems.Length && ok; k++)
                ok = !terms[i + k].BreakBefore && string.Equals(terms[i + k].Stem, stems[k], StringComparison.Ordinal);
            if (!ok) continue;
            hits.Add(new TermHit(entry, i, i + stems.Length - 1, factor));
            return stems.Length;
        }
        return 0;
    }

    /// <summary>
    /// Single-edit typo tolerance for long one-word entries ("bagage", "refudn", "pasword" still count, at a
    /// discount): deletion neighbourhoods as in SymSpell, precomputed for the vocabulary, probed only for
    /// words the vocabulary does not know.
    /// </summary>
    private string? Correct(string stem)
    {
        if (typos.TryGetValue(stem, out var word)) return word;          // a letter was dropped
        for (var k = 0; k < stem.Length; k++)
        {
            var variant = stem.Remove(k, 1);
            if (byFirstStem.ContainsKey(variant) && variant.Length >= 5) return variant;   // a letter was added
            if (stem.Length >= 6 && typos.TryGetValue(variant, out word)) return word;   // substituted or swapped
        }
        return null;
    }

    private static Dictionary<string, string> BuildTypos(Dictionary<string, TermEntry[]> compiled)
    {
        var deletes = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var words = compiled.Values.SelectMany(e => e).Where(e => e.Stems.Length == 1 && e.Stems[0].Length >= 5 && e.Stems[0].All(char.IsLetter))
            .Select(e => e.Stems[0]).Distinct().OrderBy(w => w, StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var k = 0; k < word.Length; k++)
            {
                var variant = word.Remove(k, 1);
                if (compiled.ContainsKey(variant)) continue;
                if (deletes.TryGetValue(variant, out var other) && other != word) ambiguous.Add(variant);
                else deletes[variant] = word;
            }
        }
        foreach (var variant in ambiguous) deletes.Remove(variant);
        return deletes;
    }
}
