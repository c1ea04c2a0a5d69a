using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Turns a matched span into a verbatim, citable quote: the sentence around it, even in a short record, so a card
/// quotes the words that carry the point ("Waited 25 minutes for a pre-order.") rather than a whole mixed review.
/// </summary>
internal static class Sentences
{
    public const int MaxLength = 240;

    /// <summary>
    /// The sentence around [start, end) even in a short record (a card quotes the point, not a whole mixed review).
    /// </summary>
    public static EvidenceQuote Around(EvidenceRecord record, int start, int end)
    {
        var (s, e) = SentenceBounds.Around(record.Text, start, end);
        if (e - s <= MaxLength)
        {
            return EvidenceQuote.Of(record, s, e);
        }
        var q = QuoteSelector.Around(record, start, end, MaxLength); // a long sentence: a window around the cue
        return EvidenceQuote.Of(record, q.Start, q.End);
    }

    /// <summary>
    /// The clause from <paramref name="start"/> to the end of its sentence (or first comma or "but"), at most
    /// <paramref name="maxWords"/> words.
    /// </summary>
    public static string Clause(string text, int start, int maxWords = 12)
    {
        var end = start;
        while (end < text.Length && !EndsClause(text, end))
        {
            end++;
        }
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = words.FindIndex(1, w => w is "but" or "and" or "because" or "so" or "which");
        if (cut >= 2)
        {
            words = words[..cut];
        }
        return string.Join(' ', words.Take(maxWords)).TrimEnd(',', ':', '-', '—', ' ');
    }

    // Punctuation ends a clause only before a space ("9:10", "1,200" and "3.5" do not).
    private static bool EndsClause(string text, int i) =>
        text[i] is '\n' or '('
        || (
            text[i] is '.' or '!' or '?' or ';' or ',' or ':'
            && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
        );

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
