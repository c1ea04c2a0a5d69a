using System.Collections.Concurrent;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A compiled vocabulary: stem sequences (one word or a phrase) mapped to weighted targets (touchpoints, knowledge
/// types, presets). Lookup is one dictionary probe per word plus a short comparison per phrase starting with it;
/// the longest phrase at a position wins, so "baggage claim" is read once, not as "baggage" + "claim" (see
/// <see cref="TermHit"/> for the one exception, user keywords). Immutable once built apart from a thread-safe
/// memo of typo repairs, so it is safe to share across threads.
/// </summary>
internal sealed class TermIndex
{
    private const float TypoFactor = 0.6f;

    private readonly Dictionary<string, TermEntry[]> _byFirstStem;
    private readonly HashSet<string> _allStems;
    private readonly Dictionary<string, string> _typos;

    private TermIndex(Dictionary<string, TermEntry[]> byFirstStem, bool typoTolerant)
    {
        _byFirstStem = byFirstStem;
        _allStems = byFirstStem.Values.SelectMany(e => e).SelectMany(e => e.Stems).ToHashSet(StringComparer.Ordinal);
        _typos = typoTolerant ? BuildTypos(_allStems) : [];
    }

    /// <summary>Builds an index; weights of the same (phrase, target) pair keep their maximum.</summary>
    public static TermIndex Build(
        IEnumerable<(string[] Stems, int Target, float Weight)> items,
        bool typoTolerant = true
    )
    {
        var merged = new Dictionary<string, Dictionary<int, float>>(StringComparer.Ordinal);
        var stemsByKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (stems, target, weight) in items)
        {
            if (stems.Length == 0 || weight <= 0)
            {
                continue;
            }
            if (stems.Length == 1 && TermText.IsStopWord(stems[0]))
            {
                continue;
            }
            var key = string.Join(' ', stems);
            stemsByKey[key] = stems;
            if (!merged.TryGetValue(key, out var targets))
            {
                merged[key] = targets = [];
            }
            targets[target] = Math.Max(targets.GetValueOrDefault(target), weight);
        }

        var byFirst = new Dictionary<string, List<TermEntry>>(StringComparer.Ordinal);
        foreach (var (key, targets) in merged)
        {
            var stems = stemsByKey[key];
            var entry = new TermEntry(
                stems,
                [.. targets.OrderBy(t => t.Key).Select(t => new TermTarget(t.Key, t.Value))]
            );
            if (!byFirst.TryGetValue(stems[0], out var list))
            {
                byFirst[stems[0]] = list = [];
            }
            list.Add(entry);
        }
        var compiled = byFirst.ToDictionary(
            p => p.Key,
            p =>
                p.Value.OrderByDescending(e => e.Stems.Length)
                    .ThenBy(e => string.Join(' ', e.Stems), StringComparer.Ordinal)
                    .ToArray(),
            StringComparer.Ordinal
        );
        return new TermIndex(compiled, typoTolerant);
    }

    /// <summary>
    /// Finds vocabulary hits in a text's terms: at each position the longest entry. Entries inside a longer one
    /// ("showed up" inside "never showed up") are reported with that cover, and count only where they carry a user
    /// keyword.
    /// </summary>
    /// <returns>The terms the hits index into: <paramref name="terms"/>, or a repaired copy (typos fixed, hashtags
    /// split).</returns>
    public List<Term> Find(List<Term> terms, List<TermHit> hits)
    {
        var factors = CorrectTypos(ref terms);
        TermEntry? cover = null;
        var coverEnd = -1;
        for (var i = 0; i < terms.Count; i++)
        {
            var matched = TryAt(terms, factors, i, hits, i <= coverEnd ? cover : null, coverEnd);
            if (matched == 0)
            {
                continue;
            }
            var end = i + matched - 1;
            if (end > coverEnd)
            {
                (cover, coverEnd) = (hits[^1].Entry, end);
            }
            else if (!hits[^1].Entry.Targets.Any(t => hits[^1].Weight(t) > 0))
            {
                hits.RemoveAt(hits.Count - 1);
            }
        }
        return terms;
    }

    /// <summary>
    /// Repairs unknown long words before matching: a typo one edit from a vocabulary word is replaced by it, and a
    /// run-together hashtag of two vocabulary words ("#lostluggage") is split. Returns per-term discounts (null: none).
    /// </summary>
    private float[]? CorrectTypos(ref List<Term> terms)
    {
        if (_typos.Count == 0)
        {
            return null;
        }
        List<float>? factors = null;
        List<Term>? corrected = null;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var repair = RepairOf(t);
            if (repair.Corrected is { } word)
            {
                Repair(ref corrected, ref factors, terms, i);
                corrected![^1] = t with { Stem = word };
                factors![^1] = TypoFactor;
            }
            else if (repair.Left is { } left && repair.Right is { } right)
            {
                Repair(ref corrected, ref factors, terms, i);
                corrected![^1] = t with { Stem = left };
                corrected.Add(t with { Stem = right, BreakBefore = false });
                factors!.Add(1f);
            }
            else if (corrected is not null)
            {
                corrected.Add(t);
                factors!.Add(1f);
            }
        }
        if (corrected is not null)
        {
            terms = corrected;
        }
        return factors?.ToArray();
    }

    /// <summary>How one word is repaired: a corrected stem, a hashtag split in two, or nothing (all null).</summary>
    private readonly record struct TypoRepair(string Stem, string? Corrected, string? Left, string? Right);

    // Customers repeat the same words, and trying every deletion and split of an unknown word allocates a string per
    // try: each word's repair is worked out once per index. Bounded like the tokenizer's word table. Keyed by string
    // instance: the tokenizer hands out one shared string per word, and hashing the reference is much cheaper than
    // hashing the characters (this is probed for every long word of every text); a word that arrives as another
    // instance is merely worked out again.
    private readonly ConcurrentDictionary<string, TypoRepair> _repairs = new(SameInstance.Comparer);

    private sealed class SameInstance : IEqualityComparer<string>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private TypoRepair RepairOf(Term t)
    {
        // Short stems are never repaired: skip the memo (most words are short, and the lookup costs more than this).
        if (t.Stem.Length < 5)
        {
            return new TypoRepair(t.Stem, null, null, null);
        }
        if (_repairs.TryGetValue(t.Word, out var known) && known.Stem == t.Stem)
        {
            return known;
        }
        var repair = new TypoRepair(t.Stem, null, null, null);
        if (!(t.Stem.Length < 5 || _allStems.Contains(t.Stem) || TermText.IsStopWord(t.Word)))
        {
            if (Correct(t.Stem) is { } word)
            {
                repair = repair with { Corrected = word };
            }
            else if (t.Word.Length >= 7 && Split(t.Word) is var (left, right))
            {
                repair = repair with { Left = left, Right = right };
            }
        }
        if (_repairs.Count < WordTable.Capacity)
        {
            _repairs.TryAdd(t.Word, repair);
        }
        return repair;
    }

    // Starts the repaired copy lazily: most texts need no repair and keep the original list.
    private static void Repair(ref List<Term>? corrected, ref List<float>? factors, List<Term> terms, int i)
    {
        if (corrected is null)
        {
            corrected = terms.GetRange(0, i);
            factors = [.. Enumerable.Repeat(1f, i)];
        }
        corrected.Add(terms[i]);
        factors!.Add(1f);
    }

    private (string Left, string Right)? Split(string word)
    {
        for (var k = 4; k <= word.Length - 4; k++)
        {
            var left = TermText.Stem(word[..k]);
            var right = TermText.Stem(word[k..]);
            if (
                _allStems.Contains(left)
                && _allStems.Contains(right)
                && !TermText.IsStopWord(word[..k])
                && !TermText.IsStopWord(word[k..])
            )
            {
                return (left, right);
            }
        }
        return null;
    }

    // A phrase that starts inside the cover but runs past it ("still [waiting for a response]" after "still waiting")
    // is not contained in it: it is separate evidence and counts in full.
    private int TryAt(List<Term> terms, float[]? factors, int i, List<TermHit> hits, TermEntry? cover, int coverEnd)
    {
        if (!_byFirstStem.TryGetValue(terms[i].Stem, out var entries))
        {
            return 0;
        }
        foreach (var entry in entries)
        {
            var stems = entry.Stems;
            if (i + stems.Length > terms.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 1; k < stems.Length && ok; k++)
            {
                ok = !terms[i + k].BreakBefore && string.Equals(terms[i + k].Stem, stems[k], StringComparison.Ordinal);
            }
            if (!ok)
            {
                continue;
            }
            var factor = 1f;
            if (factors is not null)
            {
                for (var k = 0; k < stems.Length; k++)
                {
                    factor = Math.Min(factor, factors[i + k]);
                }
            }
            hits.Add(
                new TermHit(entry, i, i + stems.Length - 1, factor, i + stems.Length - 1 <= coverEnd ? cover : null)
            );
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
        if (_typos.TryGetValue(stem, out var word))
        {
            return word; // a letter was dropped
        }
        for (var k = 0; k < stem.Length; k++)
        {
            var variant = stem.Remove(k, 1);
            if (variant.Length >= 5 && _allStems.Contains(variant))
            {
                return variant; // a letter was added
            }
            if (stem.Length >= 6 && _typos.TryGetValue(variant, out word))
            {
                return word; // substituted or swapped
            }
        }
        return null;
    }

    private static Dictionary<string, string> BuildTypos(HashSet<string> stems)
    {
        var deletes = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var words = stems.Where(w => w.Length >= 5 && w.All(char.IsLetter)).OrderBy(w => w, StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var k = 0; k < word.Length; k++)
            {
                var variant = word.Remove(k, 1);
                if (stems.Contains(variant))
                {
                    continue;
                }
                if (deletes.TryGetValue(variant, out var other) && other != word)
                {
                    ambiguous.Add(variant);
                }
                else
                {
                    deletes[variant] = word;
                }
            }
        }
        foreach (var variant in ambiguous)
        {
            deletes.Remove(variant);
        }
        return deletes;
    }
}
