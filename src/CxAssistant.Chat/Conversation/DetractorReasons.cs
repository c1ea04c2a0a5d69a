using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// What the customers who score low (NPS 0–6, or 1–2 stars when there is no NPS) complain about: touchpoints ranked by
/// how many of those customers have a negative record about them, each with one of their words.
/// </summary>
internal sealed class DetractorReasons(ChatToolbox tools)
{
    /// <summary>Writes the reasons (nothing when nobody scores low); returns the evidence ids quoted.</summary>
    public IReadOnlyList<string> Write(StringBuilder text, int top = 3)
    {
        var analysis = tools.Data.Analysis;
        var hasNps = analysis.Records.Any(r => r.Nps is not null);
        var low = analysis
            .Records.Where(r => r.IsCustomerVoice && (hasNps ? r.Nps is >= 0 and <= 6 : r.Rating is <= 2))
            .Select(r => r.CustomerKey)
            .ToHashSet(StringComparer.Ordinal);
        if (low.Count == 0)
        {
            return [];
        }
        var byTouchpoint = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var r = analysis.Records[i];
            var a = analysis.Annotations[i];
            if (!r.IsCustomerVoice || !low.Contains(r.CustomerKey) || a.SentimentLabel != SentimentLabel.Negative)
            {
                continue;
            }
            foreach (var tp in a.Touchpoints.Select(t => t.TouchpointId).Distinct(StringComparer.Ordinal))
            {
                if (!byTouchpoint.TryGetValue(tp, out var list))
                {
                    byTouchpoint[tp] = list = [];
                }
                list.Add(r);
            }
        }
        var ranked = byTouchpoint
            .Select(kv =>
                (Id: kv.Key, Records: kv.Value, Customers: kv.Value.Select(r => r.CustomerKey).Distinct().Count())
            )
            .OrderByDescending(x => x.Customers)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }
        var who = hasNps ? "detractors (NPS 0-6)" : "customers who gave 1-2 stars";
        text.AppendLine($"What the {low.Count} {who} complain about most:");
        var ids = new List<string>();
        foreach (var (id, records, customers) in ranked)
        {
            var c = tools.Citations.CiteRecord(records[0]);
            text.AppendLine(
                $"- {tools.Data.NameOf(id)}: {customers} of them "
                    + $"({AnswerNumbers.N(100.0 * customers / low.Count)}%): \"{c.Quote}\" "
                    + $"[{c.Number}]"
            );
            ids.AddRange(records.Select(r => r.Id));
        }
        return ids;
    }
}
