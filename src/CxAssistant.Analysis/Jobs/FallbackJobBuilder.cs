using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>Main jobs for goals no theme fits, phrased from the customer's own words (<see cref="JobPhraseNormaliser"/>).</summary>
internal static class FallbackJobBuilder
{
    // Goals in records no theme fits: normalised from the customer's words and clustered by verb + the clarifier's
    // last word ("Return the tent for a size up", "Return the fleece for a bigger size" → one job). When the members
    // name different objects the cluster's object becomes "an item" so the statement covers them all.
    public static List<JobStatement> Build(AnalysisResult analysis, List<JobSignal>[] signals, string?[] themeOf, IReadOnlyList<string> brands, List<string> rejected)
    {
        var clusters = new Dictionary<string, (List<JobPhrase> Phrases, List<EvidenceQuote> Quotes, HashSet<string> Customers)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < signals.Length; i++)
        {
            if (themeOf[i] is not null) continue;
            foreach (var goal in signals[i].Where(s => s.Kind == JobSignalKind.Goal))
            {
                var phrase = JobPhraseNormaliser.Normalise(goal.Phrase);
                var candidate = phrase is null ? null : JobsDrafter.Statement("job-x", phrase, JobAltitude.Main);
                if (candidate is null) { rejected.Add($"'{goal.Phrase}' does not start with a verb"); continue; }
                if (!JobsDrafter.Accept(candidate, brands, rejected)) continue;
                var key = phrase!.Verb + " " + phrase.Clarifier.Split(' ')[^1];
                if (!clusters.TryGetValue(key, out var c)) clusters[key] = c = ([], [], new HashSet<string>(StringComparer.Ordinal));
                c.Phrases.Add(phrase);
                c.Quotes.Add(JobsText.Quote(analysis.Records[i], goal.Start, goal.End));
                c.Customers.Add(JobsText.CustomerKey(analysis.Records[i]));
            }
        }
        return clusters.OrderByDescending(c => c.Value.Customers.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => JobsDrafter.Statement("job-x-" + JobsDrafter.Slug(c.Key), Representative(c.Value.Phrases), JobAltitude.Main) with
            {
                Evidence = c.Value.Quotes.DistinctBy(q => q.Text, StringComparer.Ordinal).Take(5).ToList(),
                Customers = c.Value.Customers.Count,
                Performer = "Customer",
                Provenance = new Provenance(Provenance.OfflineSource, Note: "normalised from the customer's own words; no theme fitted"),
            }).ToList();
    }

    private static JobPhrase Representative(List<JobPhrase> phrases)
    {
        var common = phrases.GroupBy(p => p.Clarifier, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
        return phrases.Select(p => p.Object).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1 ? common with { Object = "an item" } : common;
    }
}
