using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Desired outcomes of the mined jobs: measured ones from survey importance/satisfaction columns first (linked to the
/// main job sharing most words with the column), then, per main job, one estimated outcome for each pain its customers
/// raise in at least <see cref="JobsOptions.MinRecordsForEstimate"/> records (worded by the pain's template in
/// job-language.yaml), else one about the time the job takes. Estimates use <see cref="OutcomeEstimator"/>'s rule and
/// are labelled estimated.
/// </summary>
internal static class MinedOutcomes
{
    private const int MaxPerJob = 3;

    public static List<DesiredOutcome> Build(List<JobStatement> statements, MiningContext context, int totalCustomers)
    {
        var mains = statements.Where(s => s.Altitude == JobAltitude.Main).ToList();
        var outcomes = new List<DesiredOutcome>();
        if (mains.Count == 0)
        {
            return outcomes;
        }
        string Next() => "out-" + (outcomes.Count + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var m in OutcomeReader.Read(context.Analysis.Records, context.Options))
        {
            outcomes.Add(
                new DesiredOutcome
                {
                    Id = Next(),
                    JobId = Link(m.Name, mains),
                    Statement = m.Statement,
                    Importance = Math.Clamp(m.Importance, 1, 10),
                    Satisfaction = Math.Clamp(m.Satisfaction, 1, 10),
                    Source = OutcomeSource.Measured,
                    Responses = m.Responses,
                    Method = m.Method,
                }
            );
        }
        foreach (var main in mains)
        {
            var records = context.JobRecords.GetValueOrDefault(main.Id, []);
            var byPain = records
                .SelectMany(r =>
                    context
                        .Analysis.Annotations[r]
                        .Cues.Where(c => c.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                        .Select(c => (Pain: c.Label[CueLabels.Pain.Length..], Record: r, c.Start, c.End))
                )
                .GroupBy(x => x.Pain, StringComparer.Ordinal)
                .Where(g =>
                    g.Select(x => x.Record).Distinct().Count() >= context.Options.MinRecordsForEstimate
                    && context.Language.Outcomes.ContainsKey(g.Key)
                )
                .OrderByDescending(g => g.Select(x => x.Record).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(MaxPerJob)
                .ToList();
            var topics =
                byPain.Count > 0
                    ? byPain.Select(g =>
                        (
                            Template: context.Language.Outcomes[g.Key],
                            Records: g.DistinctBy(x => x.Record).Select(x => (x.Record, x.Start, x.End)).ToList()
                        )
                    )
                    :
                    [
                        (
                            context.Language.Outcomes["any"],
                            records
                                .Select(r =>
                                    (Record: r, Start: 0, End: Math.Min(1, context.Analysis.Records[r].Text.Length))
                                )
                                .ToList()
                        ),
                    ];
            foreach (var (template, topic) in topics)
            {
                var statement = template
                    .Replace("{do}", Do(main), StringComparison.Ordinal)
                    .Replace("{doing}", JobWords.Gerund(main.Verb) + " " + main.Object, StringComparison.Ordinal);
                if (outcomes.Any(o => o.JobId == main.Id && o.Statement == statement))
                {
                    continue;
                }
                if (topic.Count >= context.Options.MinRecordsForEstimate)
                {
                    outcomes.Add(
                        OutcomeEstimator.FromRecords(
                            Next(),
                            main.Id,
                            statement,
                            context.Analysis,
                            topic,
                            totalCustomers,
                            context.Options
                        )
                    );
                }
            }
        }
        return outcomes;
    }

    private static string Do(JobStatement main) => main.Verb.ToLowerInvariant() + " " + main.Object;

    // The main job sharing most words (longer than three letters) with the survey column's name; else the largest.
    private static string Link(string name, List<JobStatement> mains)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
        return mains
            .Select(m =>
                (m.Id, Score: words.Count(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)), m.Customers)
            )
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Customers)
            .First()
            .Id;
    }
}
