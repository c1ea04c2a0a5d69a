using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Personas;

/// <summary>
/// Turns a matched span into a verbatim, citable quote: the sentence around it, even in a short record, so a card
/// quotes the words that carry the point ("Waited 25 minutes for a pre-order.") rather than a whole mixed review.
/// </summary>
internal static class Sentences
{
    public const int MaxLength = 240;

    public static EvidenceQuote Around(EvidenceRecord record, int start, int end)
    {
        var text = record.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = start;
        while (s > 0 && !IsEnd(text, s - 1)) s--;
        var e = end;
        while (e < text.Length && !IsEnd(text, e)) e++;
        while (e < text.Length && text[e] is '.' or '!' or '?') e++; // keep the sentence's own punctuation ("!!")
        if (e - s > MaxLength)
        {
            var mid = (start + end) / 2;
            s = Math.Max(s, mid - MaxLength / 2);
            e = Math.Min(e, s + MaxLength);
            while (s > 0 && s < start && !char.IsWhiteSpace(text[s - 1])) s++;
            while (e < text.Length && e > end && !char.IsWhiteSpace(text[e])) e--;
        }
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return EvidenceQuote.Of(record, s, e);
    }

    // A full stop inside "8.30" or "e.g" does not end a sentence; one followed by a space or the end does.
    private static bool IsEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));

    /// <summary>The clause from <paramref name="start"/> to the end of its sentence (or first comma or "but"), at most <paramref name="maxWords"/> words.</summary>
    public static string Clause(string text, int start, int maxWords = 12)
    {
        var end = start;
        while (end < text.Length && !EndsClause(text, end)) end++;
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = words.FindIndex(1, w => w is "but" or "and" or "because" or "so" or "which");
        if (cut >= 2) words = words[..cut];
        return string.Join(' ', words.Take(maxWords)).TrimEnd(',', ':', '-', '—', ' ');
    }

    // Punctuation ends a clause only before a space ("8:05", "1,200" and "3.5" do not).
    private static bool EndsClause(string text, int i) =>
        text[i] is '\n' or '(' ||
        (text[i] is '.' or '!' or '?' or ';' or ',' or ':' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
