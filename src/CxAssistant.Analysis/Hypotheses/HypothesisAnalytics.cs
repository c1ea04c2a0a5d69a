using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Finds a figure the business already tracks for a remedy (a line of an analytics summary such as "Metric: Return
/// portal completion rate; Value: 62%"), so the method can start from it. Returned as a verbatim quote, so the
/// figures it contains are grounded like any other quote.
/// </summary>
internal static class HypothesisAnalytics
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "share",
        "orders",
        "order",
        "contacts",
        "customers",
        "about",
        "after",
        "before",
        "their",
        "which",
        "weekly",
        "related",
    };

    public static EvidenceQuote? Tracked(AnalysisResult analysis, Remedy remedy)
    {
        var measureWords = Words(remedy.Measure ?? "");
        EvidenceQuote? best = null;
        var bestScore = 1;
        foreach (
            var record in analysis.Records.Where(r =>
                r.Channel == Channel.Analytics && r.Text.Length <= QuoteSelector.MaxQuoteLength
            )
        )
        {
            var text = record.Text.ToLowerInvariant();
            var signals = remedy.Signals.Count(s => RemedyMatcher.IndexOfWord(text, s) >= 0);
            var measure = measureWords.Count(w => RemedyMatcher.IndexOfWord(text, w) >= 0);
            var score = 2 * signals + measure;
            // Needs a figure, and one of the remedy's own signals or three words of its metric: "delivered within"
            // alone is a coincidence, not the same metric.
            if ((signals == 0 && measure < 3) || score <= bestScore || !text.Any(char.IsDigit))
            {
                continue;
            }
            (best, bestScore) = (EvidenceQuote.Of(record, 0, record.Text.Length), score);
        }
        return best;
    }

    private static List<string> Words(string text) =>
        [
            .. text.ToLowerInvariant()
                .Split([' ', ',', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 5 && !Common.Contains(w))
                .Distinct(StringComparer.Ordinal),
        ];
}
