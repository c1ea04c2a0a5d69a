using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Reports.Tests;

/// <summary>
/// Counts that describe customers come from what customers said: agent turns and analytics rows are evidence (they
/// carry cues and touchpoints) but never a customer's pain or job state. The trailhead sample has transcripts, so
/// its agent turns would change the numbers if they were counted, and one report would show two counts for one pain.
/// </summary>
public sealed partial class CustomerVoiceCountsTests
{
    private static readonly AnalysisResult Trailhead = SampleRuns.Analysis("trailhead-outfitters");

    [Fact]
    public void PainCounts_LeaveOutAgentTurns()
    {
        var differs = 0;
        foreach (var score in Trailhead.Scoring.Touchpoints)
        {
            var all = Count(score.TouchpointId, customerVoiceOnly: false);
            var customers = Count(score.TouchpointId, customerVoiceOnly: true);
            Assert.Equal(
                customers
                    .OrderByDescending(p => p.Value)
                    .ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => (p.Key, p.Value)),
                TouchpointEvidence.PainCounts(Trailhead, score.TouchpointId)
            );
            if (!all.OrderBy(p => p.Key).SequenceEqual(customers.OrderBy(p => p.Key)))
            {
                differs++;
            }
        }
        Assert.True(differs > 0, "no agent turn carries a pain cue in the sample, so this test would prove nothing");
    }

    [Fact]
    public void Report_ShowsOnePainCountPerTouchpoint()
    {
        var report = MarkdownReport.Render(Trailhead, new ReportOptions());
        var top = MainPains()
            .Matches(report)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["pains"].Value.Trim());
        var hypotheses = HypothesisPains()
            .Matches(report)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["pains"].Value.Trim());

        Assert.NotEmpty(top);
        foreach (var (name, pains) in top)
        {
            Assert.True(hypotheses.TryGetValue(name, out var again), $"{name} has no hypotheses section");
            Assert.Equal(Numbers(pains), Numbers(again));
        }
    }

    [Fact]
    public void Summary_JobStatesCountCustomersOnly()
    {
        var report = MarkdownReport.Render(Trailhead, new ReportOptions());
        var line = report
            .Split('\n')
            .Single(l => l.Contains("Where customers are in their job", StringComparison.Ordinal));
        var customers = TouchpointEvidence.Distribution(
            TouchpointEvidence.CustomerVoice(Trailhead),
            a => a.JobState,
            JobStateEvent.None
        );
        var all = TouchpointEvidence.Distribution(Trailhead.Annotations, a => a.JobState, JobStateEvent.None);

        Assert.NotEqual(all.Take(3).Select(j => j.Count), customers.Take(3).Select(j => j.Count));
        Assert.Equal(customers.Take(3).Select(j => j.Count), Numbers(line));
    }

    private static Dictionary<string, int> Count(string touchpointId, bool customerVoiceOnly)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Trailhead.Records.Count; i++)
        {
            var a = Trailhead.Annotations[i];
            if (
                (customerVoiceOnly && !Trailhead.Records[i].IsCustomerVoice)
                || a.Touchpoints.All(t => t.TouchpointId != touchpointId)
            )
            {
                continue;
            }
            foreach (
                var pain in a
                    .Cues.Select(c => c.Label)
                    .Where(l => l.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal)
            )
            {
                counts[pain[CueLabels.Pain.Length..]] = counts.GetValueOrDefault(pain[CueLabels.Pain.Length..]) + 1;
            }
        }
        return counts;
    }

    private static List<int> Numbers(string text) =>
        [
            .. Count()
                .Matches(text)
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
        ];

    [GeneratedRegex(@"^### \d+\. (?<name>.+)\n(?:.*\n)*?- Main pains: (?<pains>.+)$", RegexOptions.Multiline)]
    private static partial Regex MainPains();

    [GeneratedRegex(
        @"^### (?<name>[^\d\n].*)\n\n_\d+ customer mentions · pains: (?<pains>[^·_]+)",
        RegexOptions.Multiline
    )]
    private static partial Regex HypothesisPains();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Count();
}
