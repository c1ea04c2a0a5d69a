using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// The <see cref="LiteralPrefilter"/>s of several patterns read in one pass: every word any of them looks for is found
/// with a single search over the text, and each filter is then decided from the words found. Many patterns look for
/// the same common words ("for", "how", "was"); one pass costs about what one pattern's search did.
/// </summary>
internal sealed class LiteralPrefilterSet
{
    private readonly LiteralPrefilter[] _filters;
    private readonly SearchValues<string>? _words;

    // The words by their first character upper-cased (as an ordinal case-insensitive search compares them).
    private readonly Dictionary<char, (string Word, int Id)[]> _byFirst;
    private readonly int _count;

    public LiteralPrefilterSet(IEnumerable<Regex> patterns)
    {
        _filters = [.. patterns.Select(LiteralPrefilter.For)];
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var filter in _filters)
        {
            filter.Number(word => ids.TryGetValue(word, out var id) ? id : ids[word] = ids.Count);
        }
        _count = ids.Count;
        _words = _count == 0 ? null : SearchValues.Create([.. ids.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirst = ids.GroupBy(p => char.ToUpperInvariant(p.Key[0]))
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    public int Count => _filters.Length;

    /// <summary>Sets <paramref name="mayMatch"/>[i] false only when the i-th pattern cannot match the text.</summary>
    public void Evaluate(string text, Span<bool> mayMatch)
    {
        if (_words is null || LiteralPrefilter.IsUnsafe(text))
        {
            mayMatch[.._filters.Length].Fill(true);
            return;
        }
        var size = (_count + 63) / 64;
        Span<ulong> found = size <= 32 ? stackalloc ulong[size] : new ulong[size];
        found.Clear();
        var span = text.AsSpan();
        for (var from = 0; from < span.Length; )
        {
            var at = span[from..].IndexOfAny(_words);
            if (at < 0)
            {
                break;
            }
            at += from;
            if (_byFirst.TryGetValue(char.ToUpperInvariant(span[at]), out var candidates))
            {
                var rest = span[at..];
                foreach (var (word, id) in candidates)
                {
                    if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        found[id >> 6] |= 1UL << (id & 63);
                    }
                }
            }
            from = at + 1;
        }
        for (var i = 0; i < _filters.Length; i++)
        {
            mayMatch[i] = _filters[i].MayMatch(found);
        }
    }
}
