namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The user-keyword spans of one text, in text order. Finding the spans that overlap a hit is a binary search plus
/// the few spans near it (spans are at most <see cref="_longest"/> terms long), so a text with thousands of keyword
/// hits stays linear instead of comparing every hit with every span.
/// </summary>
internal sealed class KeywordSpanList
{
    private readonly List<(int First, int Last, TermEntry Entry)> _spans = [];
    private int _longest;

    /// <summary>Adds a span; spans arrive in order of their first term (as hits do).</summary>
    public void Add(int first, int last, TermEntry entry)
    {
        _spans.Add((first, last, entry));
        _longest = Math.Max(_longest, last - first);
    }

    /// <summary>The entries of the spans that share at least one term with [first, last].</summary>
    public IEnumerable<TermEntry> Overlapping(int first, int last)
    {
        // A span overlapping [first, last] starts at or after first - _longest and at or before last.
        var low = 0;
        var high = _spans.Count;
        var from = first - _longest;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_spans[mid].First < from)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        for (var i = low; i < _spans.Count && _spans[i].First <= last; i++)
        {
            if (_spans[i].Last >= first)
            {
                yield return _spans[i].Entry;
            }
        }
    }
}
