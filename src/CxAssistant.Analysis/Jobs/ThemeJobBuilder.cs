using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Builds the main and functional jobs for one theme from the records assigned to it: evidence quotes are the
/// customers' goal and circumstance phrases (one per customer), forces and barriers come from the same records, and
/// a functional job exists only when at least one record matches its job-map triggers.
/// </summary>
internal static class ThemeJobBuilder
{
    private const int MaxEvidence = 5, MaxCircumstances = 6, MaxBarriers = 4;

    public static string MainId(string themeId) => "job-" + themeId;

    /// <summary>True when the signal states the theme's job: a goal or circumstance in a record naming the job's context.</summary>
    public static bool States(JobTheme theme, EvidenceRecord record, JobSignal signal) =>
        signal.Kind is JobSignalKind.Goal or JobSignalKind.Circumstance
        && (JobsText.FindAny(record.Text, theme.Anchors) is not null
            || (signal.Kind == JobSignalKind.Goal && JobsText.FindAny(signal.Phrase, theme.StepTriggers) is not null));

    public static JobStatement Main(JobTheme theme, IReadOnlyList<int> members, AnalysisResult analysis, List<JobSignal>[] signals, JobsOptions options)
    {
        // Phrases that name the job's context come first ("for my daughter's birthday"), then other goals.
        var stated = members.SelectMany(i => signals[i].Where(s => States(theme, analysis.Records[i], s)))
            .OrderBy(s => JobsText.FindAny(s.Phrase, theme.Anchors) is null ? 1 : 0).ThenBy(s => s.Kind).ThenBy(s => s.RecordIndex).ToList();
        var evidence = stated.DistinctBy(s => JobsText.CustomerKey(analysis.Records[s.RecordIndex])).Select(s => JobsText.Quote(analysis.Records[s.RecordIndex], s.Start, s.End))
            .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(MaxEvidence).ToList();
        var circumstances = stated.Where(s => s.Kind == JobSignalKind.Circumstance)
            .GroupBy(s => s.Phrase.ToLowerInvariant().Replace('’', '\''))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxCircumstances).Select(g => g.First().Phrase).ToList();
        return JobsDrafter.Statement(MainId(theme.Id), theme.Main, JobAltitude.Main) with
        {
            Performer = theme.Performer,
            Circumstances = circumstances,
            Needs = new JobNeeds([], theme.Emotional, theme.Social),
            Forces = Forces(members, analysis, signals, options.MaxQuotes),
            Barriers = Barriers(members, analysis, options.MaxQuotes),
            Evidence = evidence,
            Customers = Customers(members, analysis),
        };
    }

    public static IEnumerable<JobStatement> Functional(JobTheme theme, string mainId, IReadOnlyList<int> members, AnalysisResult analysis, JobsOptions options)
    {
        foreach (var step in theme.Steps)
        {
            var hits = members.Select(i => (Index: i, Match: JobsText.FindAny(analysis.Records[i].Text, step.Triggers)))
                .Where(h => h.Match is not null).ToList();
            if (hits.Count == 0) continue;
            yield return JobsDrafter.Statement($"{mainId}-{step.Step.ToString().ToLowerInvariant()}", step.Phrase, JobAltitude.Functional) with
            {
                ParentId = mainId,
                Step = step.Step,
                Performer = theme.Performer,
                Customers = Customers(hits.Select(h => h.Index), analysis),
                Evidence = hits.OrderBy(h => analysis.Annotations[h.Index].Sentiment).ThenBy(h => analysis.Records[h.Index].Id, StringComparer.Ordinal)
                    .DistinctBy(h => JobsText.CustomerKey(analysis.Records[h.Index])).Select(h => JobsText.Quote(analysis.Records[h.Index], h.Match!.Value.Start, h.Match.Value.End))
                    .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(options.MaxQuotes).ToList(),
            };
        }
    }

    private static JobForces Forces(IReadOnlyList<int> members, AnalysisResult analysis, List<JobSignal>[] signals, int max)
    {
        List<EvidenceQuote> Of(JobSignalKind kind) => members
            .SelectMany(i => signals[i].Where(s => s.Kind == kind))
            .DistinctBy(s => JobsText.CustomerKey(analysis.Records[s.RecordIndex])).Select(s => JobsText.Quote(analysis.Records[s.RecordIndex], s.Start, s.End))
            .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(max).ToList();
        return new JobForces(Of(JobSignalKind.Push), Of(JobSignalKind.Pull), Of(JobSignalKind.Anxiety), Of(JobSignalKind.Habit));
    }

    // Barriers are the pain patterns annotators found in the job's records, most widespread first.
    private static List<JobObservation> Barriers(IReadOnlyList<int> members, AnalysisResult analysis, int max)
    {
        var pains = members.SelectMany(i => analysis.Annotations[i].Cues
                .Where(c => c.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal))
                .Select(c => (Index: i, Kind: c.Label[CueLabels.Pain.Length..], Cue: c)))
            .GroupBy(p => p.Kind, StringComparer.Ordinal);
        return pains.Select(g => new JobObservation(
                BarrierText(g.Key),
                g.Select(p => JobsText.CustomerKey(analysis.Records[p.Index])).Distinct(StringComparer.Ordinal).Count(),
                g.OrderBy(p => analysis.Annotations[p.Index].Sentiment).ThenBy(p => analysis.Records[p.Index].Id, StringComparer.Ordinal)
                    .DistinctBy(p => JobsText.CustomerKey(analysis.Records[p.Index])).Select(p => JobsText.Quote(analysis.Records[p.Index], p.Cue.Start, p.Cue.End))
                    .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(max).ToList()))
            .OrderByDescending(b => b.Customers).ThenBy(b => b.Summary, StringComparer.Ordinal).Take(MaxBarriers).ToList();
    }

    private static string BarrierText(string pain) => pain switch
    {
        PainKind.LongWait => "Waiting longer than expected",
        PainKind.NoUpdate => "No word on progress or readiness",
        PainKind.Confusing => "Steps that are hard to find or follow",
        PainKind.BrokenPromise => "Promises (times, callbacks, refunds) not kept",
        PainKind.RudeStaff => "Unwelcoming or dismissive staff",
        PainKind.HiddenFee => "Charges that appear late or unexpectedly",
        PainKind.Defect => "Things that break or fail on the way",
        PainKind.Unreachable => "Nobody to reach when it goes wrong",
        PainKind.RepeatContact => "Having to chase or repeat themselves",
        PainKind.Price => "Cost that feels too high",
        PainKind.Availability => "What they need is sold out or unavailable",
        _ => pain,
    };

    private static int Customers(IEnumerable<int> indexes, AnalysisResult analysis) =>
        indexes.Select(i => JobsText.CustomerKey(analysis.Records[i])).Distinct(StringComparer.Ordinal).Count();
}
