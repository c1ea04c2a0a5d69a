using System.Globalization;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>Plain-language data-quality warnings, in a fixed order, with the numbers that triggered them.</summary>
internal static class ScoringWarnings
{
    public static IReadOnlyList<string> Collect(
        EvidenceIndex index,
        IReadOnlyList<TouchpointScore> scores,
        TouchpointNetwork network,
        ExperienceMetrics overall,
        ScoringOptions options
    )
    {
        var warnings = new List<string>();
        var records = index.Records.Count;
        if (records == 0)
        {
            warnings.Add("No evidence records: nothing was scored.");
            return warnings;
        }
        if (records < options.ThinRecordsWarning)
        {
            warnings.Add(
                $"Only {records} evidence records (fewer than "
                    + $"{options.ThinRecordsWarning}): treat every score as indicative."
            );
        }

        var nps = overall.Nps?.Responses ?? 0;
        if (nps == 0)
        {
            warnings.Add("No NPS answers: NPS and NPS impact are not computed.");
        }
        else if (nps < options.FewNpsWarning)
        {
            warnings.Add(
                $"Only {nps} NPS answers (fewer than {options.FewNpsWarning}): treat NPS and NPS impact as indicative."
            );
        }

        var thin = scores.Where(s => s.ThinEvidence).OrderBy(s => s.TouchpointId, StringComparer.Ordinal).ToList();
        if (thin.Count > 0)
        {
            warnings.Add(
                $"Thin evidence (fewer than {options.ThinEvidenceThreshold} mentions) for {thin.Count} touchpoint(s): "
                    + string.Join(", ", thin.Select(s => $"{s.TouchpointId} ({s.Mentions})"))
                    + "."
            );
        }

        var withText = Enumerable
            .Range(0, records)
            .Where(i => index.IsCustomerEvidence(i) && !string.IsNullOrWhiteSpace(index.Records[i].Text))
            .ToList();
        var unmatched = withText.Count(i => index.Annotations[i].Touchpoints.Count == 0);
        var share = Statistics.Ratio(unmatched, withText.Count);
        if (share > options.UnmatchedShareWarning)
        {
            warnings.Add(
                $"{Percent(share)} of records with text ({unmatched} of "
                    + $"{withText.Count}) matched no touchpoint: consider extending the "
                    + $"touchpoint catalog."
            );
        }

        var unmentioned = index
            .Catalog.Touchpoints.Select(t => t.Id)
            .Where(id => !index.Mentions.ContainsKey(id))
            .ToList();
        if (unmentioned.Count > 0)
        {
            warnings.Add(
                $"{unmentioned.Count} catalog touchpoint(s) have no evidence and are "
                    + $"not scored: {string.Join(", ", unmentioned)}."
            );
        }

        if (!network.FromTimelines)
        {
            var ids = index.Records.Any(r => EvidenceIndex.CustomerIdOf(r) is not null);
            var times = index.Records.Any(r => r.Timestamp is not null);
            var missing = (ids, times) switch
            {
                (false, false) => "customer ids or timestamps",
                (false, true) => "customer ids",
                (true, false) => "timestamps",
                _ => "customers with two or more timestamped touchpoint records",
            };
            warnings.Add($"No {missing}: the touchpoint network shows co-mentions only, not customer journeys.");
        }
        return warnings;
    }

    private static string Percent(double share) =>
        Statistics.Round(share * 100, 0).ToString("0", CultureInfo.InvariantCulture) + "%";
}
