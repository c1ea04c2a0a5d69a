using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CxAssistant.Analysis.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Jobs;

/// <summary>Text helpers shared by the jobs stage: whole-word trigger matching and sentence quotes.</summary>
internal static class JobsText
{
    private const int MinSentence = 40;
    private static readonly ConcurrentDictionary<string, TriggerMatcher> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The first trigger found in <paramref name="text"/> as a whole word or phrase (case-insensitive).
    /// </summary>
    public static (int Start, int End)? FindAny(string text, IEnumerable<string> triggers) =>
        Matcher(triggers).FindFirst(text);

    /// <summary>How many different triggers occur in <paramref name="text"/> as whole words or phrases.</summary>
    public static int CountAny(string text, IEnumerable<string> triggers) => Matcher(triggers).CountDistinct(text);

    /// <summary>
    /// <see cref="CountAny(string, IEnumerable{string})"/> given the text's <see cref="TriggerMatcher.WordStarts"/>.
    /// </summary>
    public static int CountAny(string text, IReadOnlyList<int> starts, IEnumerable<string> triggers) =>
        Matcher(triggers).CountDistinct(text, starts);

    /// <summary>
    /// The verbatim sentence around [start, end) as a grounded quote (a sentence ends at . ! ? or a line break), so a
    /// reader sees the words that show the job rather than a whole review; long sentences are cut by
    /// <see cref="QuoteSelector.Around"/> at word boundaries.
    /// </summary>
    public static EvidenceQuote Quote(EvidenceRecord record, int start, int end)
    {
        var text = record.Text;
        var (s, e) = SentenceBounds.Around(text, start, end);
        // A very short sentence ("Felt sneaky.") means little alone: take the sentence before it too.
        if (e - s < MinSentence && s > 0)
        {
            s = SentenceBounds.Around(text, Math.Max(0, s - 2), Math.Max(0, s - 2)).Start;
        }
        if (e - s > QuoteSelector.MaxQuoteLength || e <= s)
        {
            var q = QuoteSelector.Around(record, start, end);
            return EvidenceQuote.Of(record, q.Start, q.End);
        }
        return EvidenceQuote.Of(record, s, e);
    }

    /// <summary>One customer per id; records without a customer id count once each.</summary>
    public static string CustomerKey(EvidenceRecord record) => record.CustomerKey;

    // One matcher per trigger list. Lists are cached by identity (callers pass the same arrays) with a content key
    // as the fallback.
    private static readonly ConditionalWeakTable<object, TriggerMatcher> ByList = new();

    private static TriggerMatcher Matcher(IEnumerable<string> triggers)
    {
        if (triggers is IReadOnlyList<string> && ByList.TryGetValue(triggers, out var known))
        {
            return known;
        }
        var list = triggers
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ThenBy(t => t, StringComparer.Ordinal)
            .ToList();
        var matcher = Cache.GetOrAdd(string.Join('\u0001', list), _ => new TriggerMatcher(list));
        if (triggers is IReadOnlyList<string>)
        {
            ByList.AddOrUpdate(triggers, matcher);
        }
        return matcher;
    }
}
