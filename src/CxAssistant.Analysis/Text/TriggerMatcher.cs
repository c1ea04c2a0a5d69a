using System.Globalization;

namespace CxAssistant.Analysis.Text;

/// <summary>
/// Finds trigger words and phrases in text as whole words (no letter or digit directly before or after),
/// case-insensitively, with a straight apostrophe in a trigger also matching a curly one. At each position the
/// longest trigger that matches wins (ties: ordinal order), and every position is tried, so overlapping triggers
/// ("pre-order", "order") are all seen. One pass over the text with a first-character table instead of a regex
/// lookahead at every position: the jobs drafter runs this for every record against every theme.
/// </summary>
internal sealed class TriggerMatcher
{
    private readonly string[] _triggers;
    private readonly TriggerIndex _index;

    /// <summary>Builds a matcher; duplicate triggers (ignoring case) are kept once.</summary>
    public TriggerMatcher(IEnumerable<string> triggers)
    {
        _triggers =
        [
            .. triggers
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(t => t.Length)
                .ThenBy(t => t, StringComparer.Ordinal),
        ];
        _index = new TriggerIndex(_triggers);
    }

    /// <summary>The leftmost trigger occurrence (the longest one at that position), or null.</summary>
    public (int Start, int End)? FindFirst(string text)
    {
        if (_triggers.Length == 0)
        {
            return null;
        }
        for (var p = 0; p < text.Length; p++)
        {
            if (MatchAt(text, p) is var length and > 0)
            {
                return (p, p + length);
            }
        }
        return null;
    }

    /// <summary>
    /// How many different triggers occur (matched text compared ignoring case, curly apostrophes straightened).
    /// </summary>
    public int CountDistinct(string text) => CountDistinct(text, WordStarts(text));

    /// <summary>
    /// <see cref="CountDistinct(string)"/> given the text's <see cref="WordStarts"/>, for callers that run many
    /// matchers over one text.
    /// </summary>
    public int CountDistinct(string text, IReadOnlyList<int> starts)
    {
        if (_triggers.Length == 0)
        {
            return 0;
        }
        HashSet<string>? found = null;
        foreach (var p in starts)
        {
            if (MatchAt(text, p) is var length and > 0)
            {
                (found ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(
                    text.Substring(p, length).Replace('’', '\'')
                );
            }
        }
        return found?.Count ?? 0;
    }

    /// <summary>The positions where a trigger may start: no letter or digit right before them.</summary>
    public static List<int> WordStarts(string text)
    {
        var starts = new List<int>(text.Length / 4 + 1);
        for (var p = 0; p < text.Length; p++)
        {
            if (p == 0 || !IsWordChar(text[p - 1]))
            {
                starts.Add(p);
            }
        }
        return starts;
    }

    // Length of the first trigger (in longest-first order) that matches at p as a whole word, else 0.
    private int MatchAt(string text, int p)
    {
        if (p > 0 && IsWordChar(text[p - 1]))
        {
            return 0;
        }
        var candidates = _index.StartingWith(text[p]);
        if (candidates is null)
        {
            return 0;
        }
        foreach (var t in candidates)
        {
            var trigger = _triggers[t];
            if (p + trigger.Length > text.Length)
            {
                continue;
            }
            if (
                Same(text.AsSpan(p, trigger.Length), trigger)
                && (p + trigger.Length == text.Length || !IsWordChar(text[p + trigger.Length]))
            )
            {
                return trigger.Length;
            }
        }
        return 0;
    }

    internal static bool Same(ReadOnlySpan<char> text, string trigger)
    {
        for (var i = 0; i < trigger.Length; i++)
        {
            char c = text[i],
                t = trigger[i];
            if (c == t)
            {
                continue;
            }
            if (t == '\'' ? c != '’' : char.ToLowerInvariant(c) != char.ToLowerInvariant(t))
            {
                return false;
            }
        }
        return true;
    }

    // \p{L} or \p{N}, as the regex boundaries this replaces defined a word character.
    internal static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (
            c >= 128
            && char.GetUnicodeCategory(c)
                is UnicodeCategory.UppercaseLetter
                    or UnicodeCategory.LowercaseLetter
                    or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber
                    or UnicodeCategory.LetterNumber
                    or UnicodeCategory.OtherNumber
        );
}
