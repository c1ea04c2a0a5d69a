using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Periods;

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
            text.AppendLine(
                change == 0
                    ? "NPS did not move."
                    : $"NPS {(change > 0 ? "rose" : "fell")} by {AnswerNumbers.N(Math.Abs(change))} points."
            );
        }
        Movers(text, earlier, later);
        if (comparison.How is not null)
        {
            EventQuotes(text, question, later);
        }
    }

    private string EventCitation(PeriodComparison comparison) =>
        comparison.EventEvidenceId is { } id && tools.Data.TryFind(id, out var record, out _)
            ? $" [{tools.Citations.CiteRecord(record).Number}]"
            : "";

    /// <summary>
    /// The touchpoints whose share of negative comments changed most between the periods, one quote each. The counts
    /// and
    /// the test come from Core's <see cref="PeriodComparer"/>, the one period comparison the report and alerts use too.
    /// </summary>
    private void Movers(StringBuilder text, Period earlier, Period later)
    {
        var analysis = tools.Data.Analysis;
        var (a, b) = (Filter(earlier), Filter(later));
        var comparison = PeriodComparer.Between(
            analysis.Records,
            analysis.Annotations,
            analysis.Catalog,
            i => a.Matches(analysis.Records[i], analysis.Annotations[i]),
            i => b.Matches(analysis.Records[i], analysis.Annotations[i]),
            earlier.Label,
            later.Label
        );
        if (comparison.BeforeRecords == 0 || comparison.AfterRecords == 0)
        {
            return;
        }
        var moves = comparison
            .Themes.Where(t => t.Kind != ThemeKind.Pain && t.Complaints.BeforeHits + t.Complaints.AfterHits >= 3)
            .OrderByDescending(t => Math.Abs(t.Complaints.Change))
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (moves.Count == 0)
        {
            return;
        }
        text.AppendLine(
            "Complaints that changed most (negative customer comments about it, as a share of each period's comments):"
        );
        foreach (var m in moves)
        {
            var c = m.Complaints;
            // Quote the later period's complaint when there is one (what is happening now), else the earlier one's.
            var hits = Complaints(c.AfterHits > 0 ? b : a, m.Id);
            var quote = TopicQuotes.Pick(
                tools.Data,
                tools.Citations,
                [.. Enumerable.Reverse(hits)],
                1,
                complaintsOnly: true
            );
            var cite = quote.Count == 0 ? "" : $": \"{quote[0].Quote}\" [{quote[0].Number}]";
            var chance = c.Significant ? $", p = {AnswerNumbers.N(c.P, 3)}: unlikely to be chance" : "";
            text.AppendLine(
                $"- {tools.Data.NameOf(m.Id)}: {c.BeforeHits} of {c.BeforeN} comments in {earlier.Label}, "
                    + $"{c.AfterHits} of {c.AfterN} in {later.Label} ({(c.Change >= 0 ? "up" : "down")} "
                    + $"{AnswerNumbers.N(Math.Abs(c.Change))} points{chance}){cite}"
            );
        }
    }

    private static EvidenceFilter Filter(Period period) =>
        EvidenceFilter.Parse(null, null, null, null, null, period.Since, period.Until);

    /// <summary>The period's negative customer comments about one touchpoint, for its quote.</summary>
    private List<TopicHit> Complaints(EvidenceFilter filter, string touchpointId)
    {
        var analysis = tools.Data.Analysis;
        var result = new List<TopicHit>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var (r, an) = (analysis.Records[i], analysis.Annotations[i]);
            if (!r.IsCustomerVoice || an.SentimentLabel != SentimentLabel.Negative || !filter.Matches(r, an))
            {
                continue;
            }
            if (an.Touchpoints.FirstOrDefault(t => t.TouchpointId == touchpointId) is { } m)
            {
                result.Add(new TopicHit(r, an, m.Start, m.End, Complaint: true));
            }
        }
        return result;
    }

    /// <summary>
    /// What customers say about the event since it happened (the event's own words, matched in the records).
    /// </summary>
    private void EventQuotes(StringBuilder text, string question, Period later)
    {
        var since = QuestionText.Normalise(question);
        var at = Math.Max(
            since.LastIndexOf("since ", StringComparison.Ordinal),
            since.LastIndexOf("after ", StringComparison.Ordinal)
        );
        var words = QuestionText
            .TopicWords(at < 0 ? since : since[(at + 6)..])
            .Where(w => !EventDate.IsChangeWord(w))
            .ToList();
        if (words.Count == 0)
        {
            return;
        }
        var filter = EvidenceFilter.Parse(null, null, null, null, null, later.Since, later.Until);
        var analysis = tools.Data.Analysis;
        var hits = TopicMatch
            .Find(analysis.Records, analysis.Annotations, words)
            .Where(h => filter.Matches(h.Record, h.Annotation))
            .ToList();
        if (hits.Count == 0)
        {
            return;
        }
        var customers = hits.Select(h => h.Record.CustomerKey).Distinct(StringComparer.Ordinal).Count();
        text.AppendLine($"Since then {customers} customers mention \"{string.Join(' ', words)}\"; what they say:");
        foreach (var c in TopicQuotes.Pick(tools.Data, tools.Citations, hits, 3, complaintsOnly: false))
        {
            text.AppendLine($"- \"{c.Quote}\" [{c.Number}]");
        }
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
