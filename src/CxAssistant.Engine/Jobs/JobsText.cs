using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
        // Leftmost match; at one position the longest trigger wins (alternatives are ordered longest first).
        var m = Matcher(triggers).Match(text);
        return m.Success ? (m.Groups[1].Index, m.Groups[1].Index + m.Groups[1].Length) : null;
    }

    /// <summary>How many different triggers occur in <paramref name="text"/> as whole words or phrases.</summary>
    public static int CountAny(string text, IEnumerable<string> triggers)
    {
        var m = Matcher(triggers).Match(text);
        if (!m.Success) return 0;
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (; m.Success; m = m.NextMatch()) found.Add(m.Groups[1].Value.Replace('’', '\''));
        return found.Count;
    }

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
        if (e - s < MinSentence && s > 0) s = SentenceBounds.Around(text, Math.Max(0, s - 2), Math.Max(0, s - 2)).Start;
        if (e - s > QuoteSelector.MaxQuoteLength || e <= s)
        {
            var q = QuoteSelector.Around(record, start, end);
            return EvidenceQuote.Of(record, q.Start, q.End);
        }
        return EvidenceQuote.Of(record, s, e);
    }

    /// <summary>One customer per id; records without a customer id count once each.</summary>
    public static string CustomerKey(EvidenceRecord record) => record.CustomerKey;

    // One compiled regex per trigger list: a zero-width lookahead at every position captures the longest trigger that
    // starts there, so overlapping triggers ("pre-order", "order") are all seen in a single pass over the text.
    // Lists are cached by identity (callers pass the same arrays) with a content key as the fallback.
    private static readonly ConditionalWeakTable<object, Regex> ByList = new();

    private static Regex Matcher(IEnumerable<string> triggers)
    {
        if (triggers is IReadOnlyList<string> && ByList.TryGetValue(triggers, out var known)) return known;
        var list = triggers.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var regex = Cache.GetOrAdd(string.Join('\u0001', list), _ => Build(list));
        if (triggers is IReadOnlyList<string>) ByList.AddOrUpdate(triggers, regex);
        return regex;
    }

    private static Regex Build(IReadOnlyList<string> triggers)
    {
        if (triggers.Count == 0) return Never;
        var alternatives = string.Join('|', triggers.Select(t => Regex.Escape(t).Replace("'", "['’]", StringComparison.Ordinal)));
        return new Regex($@"(?=(?<![\p{{L}}\p{{N}}])({alternatives})(?![\p{{L}}\p{{N}}]))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    private static readonly Regex Never = new("(?!)", RegexOptions.None, TimeSpan.FromSeconds(1));
}
