using System.Text;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// The touchpoints most customers complain about (customers with a negative record about it), optionally within a
/// period. Answers "what do customers complain about?" when no touchpoint is negative on balance (reviews that praise
/// and complain in one breath) and "what did they complain about in July?", where the overall scores do not apply.
/// </summary>
internal sealed class ComplaintRanking(ChatToolbox tools)
{
    /// <summary>
    /// Writes the top touchpoints by complaining customers; returns their ids in order (empty: none).
    /// </summary>
    public IReadOnlyList<string> Write(StringBuilder text, string? period, int top = 3)
    {
        var filter = EvidenceFilter.Parse(null, null, null, null, null, period, period);
        var analysis = tools.Data.Analysis;
        var byTouchpoint = new Dictionary<string, List<TopicHit>>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var (r, a) = (analysis.Records[i], analysis.Annotations[i]);
            if (!r.IsCustomerVoice || a.SentimentLabel != SentimentLabel.Negative || !filter.Matches(r, a))
            {
                continue;
            }
            foreach (var m in a.Touchpoints.DistinctBy(t => t.TouchpointId))
            {
                if (!byTouchpoint.TryGetValue(m.TouchpointId, out var list))
                {
                    byTouchpoint[m.TouchpointId] = list = [];
                }
                list.Add(new TopicHit(r, a, m.Start, m.End, Complaint: true));
            }
        }
        var ranked = byTouchpoint
            .Select(kv =>
                (Id: kv.Key, Hits: kv.Value, Customers: kv.Value.Select(h => h.Record.CustomerKey).Distinct().Count())
            )
            .OrderByDescending(x => x.Customers)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        var when = period is null ? "" : $" in {period}";
        if (ranked.Count == 0)
        {
            text.AppendLine($"No customer complains about any touchpoint{when}.");
            return [];
        }
        text.AppendLine($"What customers complain about most{when} (customers with a negative comment about it):");
        var rank = 0;
        foreach (var (id, hits, customers) in ranked)
        {
            var quote = TopicQuotes.Pick(tools.Data, tools.Citations, hits, 1, complaintsOnly: true);
            var cite = quote.Count == 0 ? "" : $": \"{quote[0].Quote}\" [{quote[0].Number}]";
            text.AppendLine($"{++rank}. {tools.Data.NameOf(id)}: {customers} customers, {hits.Count} records{cite}");
        }
        return [.. ranked.Select(r => r.Id)];
    }
}
