using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Personas;

/// <summary>Turns a matched span into a verbatim, citable quote: the sentence around it (as report quotes are chosen).</summary>
internal static class Sentences
{
    public static EvidenceQuote Around(EvidenceRecord record, int start, int end)
    {
        var q = QuoteSelector.Around(record, start, end);
        return EvidenceQuote.Of(record, q.Start, q.End);
    }

    /// <summary>The clause from <paramref name="start"/> to the end of its sentence, at most <paramref name="maxWords"/> words.</summary>
    public static string Clause(string text, int start, int maxWords = 12)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n' or ';' or '(')) end++;
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(maxWords)).TrimEnd(',', ':', '-', '—', ' ');
    }

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
