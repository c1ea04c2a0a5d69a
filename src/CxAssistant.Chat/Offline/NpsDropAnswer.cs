using System.Globalization;
using System.Text;
using CxAssistant.Chat.Tools;

namespace CxAssistant.Chat.Offline;

/// <summary>
/// "Why did my NPS drop?": NPS by month (metrics tool), the last two months with answers compared, and the touchpoints
/// whose share of detractor comments grew most between them, each with a detractor's words from the later month.
/// </summary>
internal sealed class NpsDropAnswer(ChatToolbox tools)
{
    public void Write(StringBuilder text)
    {
        var months = tools
            .Metrics.Get(by: "month")
            .Breakdown.Where(m => m.Nps is not null && m.NpsAnswers > 0)
            .ToList();
        if (months.Count < 2)
        {
            text.AppendLine(
                "I need NPS answers with dates in at least two months to see a drop; this workspace has "
                    + (months.Count == 0 ? "none." : $"only {months[0].Group}.")
            );
            return;
        }
        var (before, after) = (months[^2], months[^1]);
        var series = string.Join(
            ", ",
            months.Select(m => $"{m.Group}: {AnswerNumbers.N(m.Nps)} ({m.NpsAnswers} answers)")
        );
        if (after.Nps >= before.Nps)
        {
            text.AppendLine(
                $"NPS did not drop in the latest month: it went from "
                    + $"{AnswerNumbers.N(before.Nps)} in {before.Group} to "
                    + $"{AnswerNumbers.N(after.Nps)} in {after.Group}. By month: {series}."
            );
            return;
        }
        text.AppendLine(
            $"NPS dropped by "
                + $"{AnswerNumbers.N(before.Nps!.Value - after.Nps!.Value)} points, from "
                + $"{AnswerNumbers.N(before.Nps)} in {before.Group} to "
                + $"{AnswerNumbers.N(after.Nps)} in {after.Group}. By month: {series}."
        );
        var earlier = Detractors(before.Group);
        var later = Detractors(after.Group);
        var rising = later
            .ByTouchpoint.Select(kv =>
                (
                    Id: kv.Key,
                    Now: kv.Value.Count,
                    Before: earlier.ByTouchpoint.TryGetValue(kv.Key, out var b) ? b.Count : 0,
                    kv.Value.Records
                )
            )
            .Select(x =>
                (x.Id, x.Now, x.Before, x.Records, Rise: Share(x.Now, later.Total) - Share(x.Before, earlier.Total))
            )
            .Where(x => x.Rise > 0)
            .OrderByDescending(x => x.Rise)
            .ThenByDescending(x => x.Now)
            .Take(2)
            .ToList();
        if (rising.Count == 0)
        {
            text.AppendLine("No touchpoint grew as a share of detractor comments; the drop is spread across topics.");
            return;
        }
        text.AppendLine(
            $"Detractors (0-6) in {after.Group}: {later.Total}; in {before.Group}: "
                + $"{earlier.Total}. Touchpoints that grew among detractor comments:"
        );
        foreach (var r in rising)
        {
            var record = r.Records[0];
            var citation = tools.Citations.CiteRecord(record);
            text.AppendLine(
                $"- {tools.Data.NameOf(r.Id)}: {r.Now} of {later.Total} detractors in "
                    + $"{after.Group} ({AnswerNumbers.N(Share(r.Now, later.Total))}%) vs "
                    + $"{r.Before} of {earlier.Total} in {before.Group} "
                    + $"({AnswerNumbers.N(Share(r.Before, earlier.Total))}%). "
                    + $"[{citation.Number}]"
            );
        }
    }

    private static double Share(int part, int total) => total == 0 ? 0 : 100.0 * part / total;

    private (
        int Total,
        Dictionary<string, (int Count, List<Core.Evidence.EvidenceRecord> Records)> ByTouchpoint
    ) Detractors(string month)
    {
        var analysis = tools.Data.Analysis;
        var total = 0;
        var by = new Dictionary<string, (int Count, List<Core.Evidence.EvidenceRecord> Records)>(
            StringComparer.Ordinal
        );
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var r = analysis.Records[i];
            if (
                r.Nps is not (>= 0 and <= 6)
                || r.Timestamp is null
                || r.Timestamp.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture) != month
            )
            {
                continue;
            }
            total++;
            foreach (var id in analysis.Annotations[i].Touchpoints.Select(t => t.TouchpointId).Distinct())
            {
                var entry = by.TryGetValue(id, out var e) ? e : (0, new List<Core.Evidence.EvidenceRecord>());
                entry.Item2.Add(r);
                by[id] = (entry.Item1 + 1, entry.Item2);
            }
        }
        return (total, by);
    }
}
