using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Jobs;

/// <summary>Text helpers shared by the jobs stage: whole-word trigger matching and sentence quotes.</summary>
internal static class JobsText
{
    private const int MinSentence = 40;
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The first trigger found in <paramref name="text"/> as a whole word or phrase (case-insensitive).</summary>
    public static (int Start, int End)? FindAny(string text, IEnumerable<string> triggers)
    {
        (int, int)? best = null;
        foreach (var trigger in triggers)
        {
            var m = Pattern(trigger).Match(text);
            if (m.Success && (best is null || m.Index < best.Value.Item1)) best = (m.Index, m.Index + m.Length);
        }
        return best;
    }

    public static int CountAny(string text, IEnumerable<string> triggers) => triggers.Count(t => Pattern(t).IsMatch(text));

    /// <summary>
    /// The verbatim sentence around [start, end) as a grounded quote (a sentence ends at . ! ? or a line break), so a
    /// reader sees the words that show the job rather than a whole review; long sentences are cut by
    /// <see cref="QuoteSelector.Around"/> at word boundaries.
    /// </summary>
    public static EvidenceQuote Quote(EvidenceRecord record, int start, int end)
    {
        var text = record.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = start;
        while (s > 0 && !IsSentenceEnd(text, s - 1)) s--;
        var e = end;
        while (e < text.Length && !IsSentenceEnd(text, e)) e++;
        if (e < text.Length && text[e] != '\n') e++;
        // A very short sentence ("Felt sneaky.") means little alone: take the sentence before it too.
        if (e - s < MinSentence && s > 0)
        {
            s--;
            while (s > 0 && !IsSentenceEnd(text, s - 1)) s--;
        }
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e - s > QuoteSelector.MaxQuoteLength || e <= s)
        {
            var q = QuoteSelector.Around(record, start, end);
            return EvidenceQuote.Of(record, q.Start, q.End);
        }
        return EvidenceQuote.Of(record, s, e);
    }

    // A full stop ends a sentence only before a space or the end ("9.30", "£9.40" and "no-reply@x.co" do not).
    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '!' or '?' or '\n' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    /// <summary>One customer per id; records without a customer id count once each.</summary>
    public static string CustomerKey(EvidenceRecord record) => record.CustomerId ?? "record:" + record.Id;

    private static Regex Pattern(string trigger) => Cache.GetOrAdd(trigger, t =>
        new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(t).Replace("'", "['’]", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
