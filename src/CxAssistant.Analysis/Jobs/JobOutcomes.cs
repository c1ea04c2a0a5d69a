using System.Globalization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// The desired outcomes of the drafted jobs: measured ones from survey columns first, then an estimate for each theme
/// outcome that no column already measures.
/// </summary>
internal static class JobOutcomes
{
    public static List<DesiredOutcome> Build(AnalysisResult analysis, JobsOptions options, List<JobTheme> active, List<JobStatement> mains, string?[] themeOf, int totalCustomers)
    {
        var outcomes = new List<DesiredOutcome>();
        if (mains.Count == 0) return outcomes;
        var largest = mains.OrderByDescending(m => m.Customers).First();
        var n = 0;
        var measuredOutcomes = OutcomeReader.Read(analysis.Records, options);
        foreach (var m in measuredOutcomes)
            outcomes.Add(new DesiredOutcome
            {
                Id = "out-" + (++n).ToString(CultureInfo.InvariantCulture),
                JobId = LinkMeasured(m, active, mains) ?? largest.Id,
                Statement = m.Statement,
                Importance = Math.Clamp(m.Importance, 1, 10),
                Satisfaction = Math.Clamp(m.Satisfaction, 1, 10),
                Source = OutcomeSource.Measured,
                Responses = m.Responses,
                Method = m.Method,
            });
        foreach (var theme in active)
        {
            var jobId = ThemeJobBuilder.MainId(theme.Id);
            if (!mains.Any(j => j.Id == jobId)) continue;
            var members = Enumerable.Range(0, analysis.Records.Count).Where(i => themeOf[i] == theme.Id).ToList();
            // A survey column on the same topic ("fresh pastries" vs. the "fresh" outcome) is the better figure: no estimate.
            foreach (var template in theme.Outcomes.Where(t => !measuredOutcomes.Any(m => JobsText.FindAny(m.Name, t.Triggers) is not null)))
                if (OutcomeEstimator.Estimate("out-" + (n + 1).ToString(CultureInfo.InvariantCulture), jobId, template, analysis, members, totalCustomers, options) is { } o)
                {
                    outcomes.Add(o);
                    n++;
                }
        }
        return outcomes;
    }

    // A measured outcome belongs to the active theme whose wording shares the most words with the column's name.
    private static string? LinkMeasured(MeasuredOutcome measured, List<JobTheme> active, List<JobStatement> mains)
    {
        var words = measured.Name.Split(' ').Where(w => w.Length > 2 && w is not "the" and not "and" and not "easy" and not "online").ToList();
        var best = active
            .Select(t => (Theme: t, Score: words.Count(w => JobsText.FindAny(string.Join(' ', t.Outcomes.Select(o => o.Statement).Concat(t.Steps.Select(s => s.Phrase.Object))), [w]) is not null)))
            .Where(x => x.Score > 0 && mains.Any(m => m.Id == ThemeJobBuilder.MainId(x.Theme.Id)))
            .OrderByDescending(x => x.Score).FirstOrDefault();
        return best.Theme is null ? null : ThemeJobBuilder.MainId(best.Theme.Id);
    }
}
