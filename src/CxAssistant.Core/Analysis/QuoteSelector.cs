using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;

namespace CxAssistant.Core.Analysis;

/// <summary>
/// Picks quotes that show a touchpoint's experience: the sentence (verbatim span) around the strongest cue,
/// preferring the touchpoint's own cue, so a reader sees the customer's words, not a summary.
/// </summary>
public static class QuoteSelector
{
    public const int MaxQuoteLength = 240;

    /// <summary>
    /// The best quotes for a touchpoint, most negative first when <paramref name="negativeFirst"/>, else most positive,
    /// at most one per customer so a single vocal customer does not dominate.
    /// </summary>
    public static IReadOnlyList<Quote> ForTouchpoint(
        AnalysisResult analysis,
        string touchpointId,
        int count,
        bool negativeFirst
    )
    {
        var candidates = new List<(int Index, double Sentiment)>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var a = analysis.Annotations[i];
            if (analysis.Records[i].Text.Length == 0 || !analysis.Records[i].IsCustomerVoice)
            {
                continue;
            }
            if (!a.Touchpoints.Any(m => m.TouchpointId == touchpointId))
            {
                continue;
            }
            candidates.Add((i, a.Sentiment));
        }
        var ordered = negativeFirst
            ? candidates.OrderBy(c => c.Sentiment).ThenBy(c => analysis.Records[c.Index].Id, StringComparer.Ordinal)
            : candidates
                .OrderByDescending(c => c.Sentiment)
                .ThenBy(c => analysis.Records[c.Index].Id, StringComparer.Ordinal);
        var quotes = new List<Quote>(count);
        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, sentiment) in ordered)
        {
            if (quotes.Count == count)
            {
                break;
            }
            if (negativeFirst ? sentiment >= 0 : sentiment <= 0)
            {
                break;
            }
            var record = analysis.Records[index];
            if (record.CustomerId is { } c && !customers.Add(c))
            {
                continue;
            }
            var mention = analysis.Annotations[index].Touchpoints.First(m => m.TouchpointId == touchpointId);
            quotes.Add(Around(record, mention.Start, mention.End));
        }
        return quotes;
    }

    /// <summary>
    /// The sentence containing [start, end) (<see cref="SentenceBounds"/>), cut to <paramref name="maxLength"/> at word
    /// boundaries around the cue.
    /// </summary>
    public static Quote Around(EvidenceRecord record, int start, int end, int maxLength = MaxQuoteLength)
    {
        var text = record.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        if (text.Length <= maxLength)
        {
            // the customer's words, never a payload
            var (fs, fe) = PayloadFree.Within(text, 0, text.Length, start, end);
            return Trim(record, fs, fe);
        }
        var (s, e) = SentenceBounds.Around(text, start, end);
        if (e - s > maxLength)
        {
            // Centre a window on the cue and cut at spaces so no word is split.
            var mid = (start + end) / 2;
            s = Math.Max(s, mid - maxLength / 2);
            e = Math.Min(e, s + maxLength);
            while (s > 0 && s < start && !char.IsWhiteSpace(text[s - 1]))
            {
                s++;
            }
            while (e < text.Length && e > end && !char.IsWhiteSpace(text[e]))
            {
                e--;
            }
            (s, e) = PayloadFree.Within(text, s, e, start, end);
        }
        return Trim(record, s, e);
    }

    private static Quote Trim(EvidenceRecord record, int s, int e)
    {
        var text = record.Text;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return new Quote(record, s, e);
    }
}
