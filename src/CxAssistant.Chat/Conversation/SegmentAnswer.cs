using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "Why is Mountain West so low?": the segment's figures next to everyone else's, then the touchpoints its customers
/// complain about more than the others do (share of the segment's records that are negative about the touchpoint,
/// against the same share elsewhere), one quote each. Also the plain answer for a segment the data does not hold.
/// </summary>
internal sealed class SegmentAnswer(ChatToolbox tools)
{
    /// <summary>Writes why the segment (field=value) differs.</summary>
    public void WriteWhy(StringBuilder text, string segment)
    {
        var (field, value) = EvidenceFilter.SplitSegment(segment);
        var inside = tools.Metrics.Get(segment: segment).Overall;
        text.AppendLine(
            $"{value} ({field.Replace('_', ' ')}): {OfflineAnswerer.Describe(inside)}; "
                + $"all customers: {OfflineAnswerer.Describe(tools.Metrics.Get().Overall)}."
        );
        var filter = EvidenceFilter.Parse(null, null, null, null, segment, null, null);
        var analysis = tools.Data.Analysis;
        var (inCount, outCount) = (0, 0);
        var negIn = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var negOut = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var (r, a) = (analysis.Records[i], analysis.Annotations[i]);
            if (!r.IsCustomerVoice)
            {
                continue;
            }
            var isIn = filter.Matches(r, a);
            if (isIn)
            {
                inCount++;
            }
            else
            {
                outCount++;
            }
            if (a.SentimentLabel != SentimentLabel.Negative)
            {
                continue;
            }
            foreach (var tp in a.Touchpoints.Select(t => t.TouchpointId).Distinct(StringComparer.Ordinal))
            {
                if (isIn)
                {
                    if (!negIn.TryGetValue(tp, out var list))
                    {
                        negIn[tp] = list = [];
                    }
                    list.Add(i);
                }
                else
                {
                    negOut[tp] = negOut.GetValueOrDefault(tp) + 1;
                }
            }
        }
        if (inCount == 0)
        {
            return;
        }
        var ranked = negIn
            .Where(kv => kv.Value.Count >= 2)
            .Select(kv =>
                (
                    Id: kv.Key,
                    Rows: kv.Value,
                    In: 100.0 * kv.Value.Count / inCount,
                    Out: outCount == 0 ? 0 : 100.0 * negOut.GetValueOrDefault(kv.Key) / outCount
                )
            )
            .OrderByDescending(x => x.In - x.Out)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (ranked.Count == 0)
        {
            text.AppendLine($"No touchpoint draws repeated complaints from {value}'s customers.");
            return;
        }
        text.AppendLine(
            $"What {value}'s customers complain about more than others (share of "
                + $"their records that are negative about it):"
        );
        foreach (var (id, rows, inShare, outShare) in ranked)
        {
            var c = tools.Citations.CiteRecord(analysis.Records[rows[^1]]);
            text.AppendLine(
                $"- {tools.Data.NameOf(id)}: {AnswerNumbers.N(inShare)}% of {value}'s "
                    + $"records vs {AnswerNumbers.N(outShare)}% elsewhere "
                    + $"({rows.Count} records): \"{c.Quote}\" [{c.Number}]"
            );
        }
    }

    /// <summary>The field whose values are words (location, region, tier) with the most NPS answers.</summary>
    public string? WordField() =>
        tools
            .Data.Analysis.Scoring.Segments.Where(s => s.Field != "channel" && !s.Value.Any(char.IsDigit))
            .GroupBy(s => s.Field, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(s => s.Metrics.Nps?.Responses ?? 0))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>"There is no location called X; the locations are …".</summary>
    public void WriteUnknown(StringBuilder text, string asked, string field)
    {
        var values = tools
            .Data.Analysis.Scoring.Segments.Where(s => s.Field.Equals(field, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Value)
            .ToList();
        var name = field.Replace('_', ' ');
        text.AppendLine(
            $"There is no {name} called \"{asked}\" in this data. The {name} values are: {string.Join(", ", values)}."
        );
        if (values.Count > 0)
        {
            text.AppendLine($"You can ask \"what is NPS in {values[0]}?\" or \"NPS by {name}\".");
        }
    }
}
