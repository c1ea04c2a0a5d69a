using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// Representative quotes for a topic: the sentence around each mention (so the quote shows the topic), never the same
/// words twice, one per customer before any customer's second, complaints first when the answer is about complaints
/// and otherwise alternating complaints and the rest so both sides are heard.
/// </summary>
internal static class TopicQuotes
{
    private const int MaxSentence = 200;

    /// <summary>Cites up to <paramref name="max"/> hits and returns the citations in the order chosen.</summary>
    public static IReadOnlyList<Citation> Pick(
        ChatData data,
        CitationBook book,
        IReadOnlyList<TopicHit> hits,
        int max,
        bool complaintsOnly
    )
    {
        var complaints = hits.Where(h => h.Complaint).ToList();
        var others = hits.Where(h => !h.Complaint).ToList();
        var order = complaintsOnly ? [.. complaints, .. others] : Interleave(complaints, others);
        var chosen = new List<Citation>();
        var quotes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pass in new[] { true, false })
        {
            foreach (var hit in order)
            {
                if (chosen.Count == max)
                {
                    return chosen;
                }
                if (pass && customers.Contains(hit.Record.CustomerKey))
                {
                    continue;
                }
                var (start, end) = Sentence(hit.Record.Text, hit.Start, hit.End);
                var redaction = data.Redacted(hit.Record);
                var range = redaction.ToRedacted(start, end);
                var quote = CitationBook.QuoteOf(redaction.Text, range.Start, range.End);
                if (quote.Length == 0 || !quotes.Add(quote))
                {
                    continue;
                }
                customers.Add(hit.Record.CustomerKey);
                chosen.Add(book.CiteRedacted(hit.Record, redaction.Text, range.Start, range.End));
            }
        }
        return chosen;
    }

    private static List<TopicHit> Interleave(List<TopicHit> a, List<TopicHit> b)
    {
        var result = new List<TopicHit>(a.Count + b.Count);
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            if (i < a.Count)
            {
                result.Add(a[i]);
            }
            if (i < b.Count)
            {
                result.Add(b[i]);
            }
        }
        return result;
    }

    /// <summary>
    /// The sentence holding [start, end): from the previous sentence end to the next, at most ~200 chars.
    /// </summary>
    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < MaxSentence && !IsBreak(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < MaxSentence && !IsBreak(text[to]))
        {
            to++;
        }
        if (to < text.Length && text[to] is '.' or '!' or '?')
        {
            to++;
        }
        return (from, to);
    }

    private static bool IsBreak(char c) => c is '.' or '!' or '?' or '\n' or '\r';
}
