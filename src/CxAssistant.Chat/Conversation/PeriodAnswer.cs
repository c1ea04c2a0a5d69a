using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "This month vs last month", "since the price change": the metrics tool's figures for both periods side by side, the
/// change in NPS, the touchpoints whose complaints grew or shrank the most (as a share of each period's records), and,
/// for an event, what customers say about it since, with the record that dates it.
/// </summary>
internal sealed class PeriodAnswer(ChatToolbox tools)
{
    /// <summary>Writes the comparison.</summary>
    public void Write(StringBuilder text, PeriodComparison comparison, string question)
    {
        var (earlier, later) = (comparison.Earlier, comparison.Later);
        var before = tools.Metrics.Get(since: earlier.Since, until: earlier.Until).Overall;
        var after = tools.Metrics.Get(since: later.Since, until: later.Until).Overall;
        var how = comparison.How is null ? "" : $" (the date comes from {comparison.How}{EventCitation(comparison)})";
        text.AppendLine($"{Cap(later.Label)} compared with {earlier.Label}{how}:");
        text.AppendLine($"- {Cap(earlier.Label)}: {OfflineAnswerer.Describe(before)} ({before.Records} records).");
        text.AppendLine($"- {Cap(later.Label)}: {OfflineAnswerer.Describe(after)} ({after.Records} records).");
        if (before.Nps is { } b && after.Nps is { } a)
        {
            var change = Math.Round(a - b, 1);
            text.AppendLine(change == 0 ? "NPS did not move." :
                $"NPS {(change > 0 ? "rose" : "fell")} by {AnswerNumbers.N(Math.Abs(change))} points.");
        }
        Movers(text, earlier, later);
        if (comparison.How is not null) EventQuotes(text, question, later);
    }

    private string EventCitation(PeriodComparison comparison) =>
        comparison.EventEvidenceId is { } id && tools.Data.TryFind(id, out var record, out _)
            ? $" [{tools.Citations.CiteRecord(record).Number}]" : "";

    /// <summary>The touchpoints whose share of negative comments changed most between the periods, one quote each.</summary>
    private void Movers(StringBuilder text, Period earlier, Period later)
    {
        var (a, aCount) = NegativeShares(earlier);
        var (b, bCount) = NegativeShares(later);
        if (aCount == 0 || bCount == 0) return;
        var moves = a.Keys.Union(b.Keys)
            .Select(id => (Id: id, Before: a.GetValueOrDefault(id)?.Count ?? 0, After: b.GetValueOrDefault(id)?.Count ?? 0))
            .Select(m => (m.Id, m.Before, m.After, Change: 100.0 * m.After / bCount - 100.0 * m.Before / aCount))
            .Where(m => m.Before + m.After >= 3)
            .OrderByDescending(m => Math.Abs(m.Change)).ThenBy(m => m.Id, StringComparer.Ordinal).Take(3).ToList();
        if (moves.Count == 0) return;
        text.AppendLine("Complaints that changed most (negative customer comments about it, as a share of each period's comments):");
        foreach (var m in moves)
        {
            // Quote the later period's complaint when there is one (what is happening now), else the earlier one's.
            var hits = m.After > 0 ? b[m.Id] : a[m.Id];
            var quote = TopicQuotes.Pick(tools.Data, tools.Citations, [.. Enumerable.Reverse(hits)], 1, complaintsOnly: true);
            var cite = quote.Count == 0 ? "" : $": \"{quote[0].Quote}\" [{quote[0].Number}]";
            text.AppendLine($"- {tools.Data.NameOf(m.Id)}: {m.Before} of {aCount} comments in {earlier.Label}, " +
                            $"{m.After} of {bCount} in {later.Label} ({(m.Change >= 0 ? "up" : "down")} " +
                            $"{AnswerNumbers.N(Math.Abs(m.Change))} points){cite}");
        }
    }

    private (Dictionary<string, List<TopicHit>> ByTouchpoint, int Comments) NegativeShares(Period period)
    {
        var filter = EvidenceFilter.Parse(null, null, null, null, null, period.Since, period.Until);
        var analysis = tools.Data.Analysis;
        var result = new Dictionary<string, List<TopicHit>>(StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var (r, an) = (analysis.Records[i], analysis.Annotations[i]);
            if (!r.IsCustomerVoice || !filter.Matches(r, an)) continue;
            count++;
            if (an.SentimentLabel != SentimentLabel.Negative) continue;
            foreach (var m in an.Touchpoints.DistinctBy(t => t.TouchpointId))
            {
                if (!result.TryGetValue(m.TouchpointId, out var list)) result[m.TouchpointId] = list = [];
                list.Add(new TopicHit(r, an, m.Start, m.End, Complaint: true));
            }
        }
        return (result, count);
    }

    /// <summary>What customers say about the event since it happened (the event's own words, matched in the records).</summary>
    private void EventQuotes(StringBuilder text, string question, Period later)
    {
        var since = QuestionText.Normalise(question);
        var at = Math.Max(since.LastIndexOf("since ", StringComparison.Ordinal), since.LastIndexOf("after ", StringComparison.Ordinal));
        var words = QuestionText.TopicWords(at < 0 ? since : since[(at + 6)..])
            .Where(w => !EventDate.IsChangeWord(w)).ToList();
        if (words.Count == 0) return;
        var filter = EvidenceFilter.Parse(null, null, null, null, null, later.Since, later.Until);
        var analysis = tools.Data.Analysis;
        var hits = TopicMatch.Find(analysis.Records, analysis.Annotations, words)
            .Where(h => filter.Matches(h.Record, h.Annotation)).ToList();
        if (hits.Count == 0) return;
        var customers = hits.Select(h => h.Record.CustomerKey).Distinct(StringComparer.Ordinal).Count();
        text.AppendLine($"Since then {customers} customers mention \"{string.Join(' ', words)}\"; what they say:");
        foreach (var c in TopicQuotes.Pick(tools.Data, tools.Citations, hits, 3, complaintsOnly: false))
            text.AppendLine($"- \"{c.Quote}\" [{c.Number}]");
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
