using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// The offline jobs-to-be-done drafter: finds what customers say they are trying to do, assigns each customer record
/// to the job theme it fits best, builds main jobs (with performer, circumstances, needs, forces, barriers and
/// workarounds), their functional jobs on the job map and the aspirational jobs above them, reads or estimates
/// desired outcomes, and drops every statement the linter rejects. Deterministic: same analysis, same jobs.
/// </summary>
public static partial class JobsDrafter
{
    public static JobsAnalysis Draft(AnalysisResult analysis, JobsOptions? options = null)
    {
        options ??= new JobsOptions();
        var records = analysis.Records;
        var signals = new List<JobSignal>[records.Count];
        Parallel.For(0, records.Count, i => signals[i] = JobSignalExtractor.Extract(records[i], i));
        var brands = BrandTerms(records);
        var themeOf = AssignThemes(analysis, signals);
        var totalCustomers = Math.Max(1, records.Where(JobSignalExtractor.IsCustomerVoice).Select(JobsText.CustomerKey).Distinct(StringComparer.Ordinal).Count());

        var statements = new List<JobStatement>();
        var rejected = new List<string>();
        var candidates = signals.Sum(s => s.Count(x => x.Kind == JobSignalKind.Goal));
        // A theme becomes a job only when a customer states a goal or circumstance in a record that names the job's
        // context (an anchor) or whose goal is one of its job-map steps — not merely because a trigger word appears.
        var active = JobThemes.All.Where(t => Enumerable.Range(0, records.Count)
            .Any(i => themeOf[i] == t.Id && signals[i].Any(s => ThemeJobBuilder.States(t, records[i], s)))).ToList();

        foreach (var theme in active)
        {
            var members = Enumerable.Range(0, records.Count).Where(i => themeOf[i] == theme.Id).ToList();
            var main = ThemeJobBuilder.Main(theme, members, analysis, signals, options);
            if (!Accept(main, brands, rejected)) continue;
            statements.Add(main);
            foreach (var step in ThemeJobBuilder.Functional(theme, main.Id, members, analysis, options))
                if (Accept(step, brands, rejected)) statements.Add(step);
        }
        foreach (var fallback in FallbackJobBuilder.Build(analysis, signals, themeOf, brands, rejected)) statements.Add(fallback);
        AttachWorkarounds(statements, analysis, signals, themeOf, options);
        AddAspirations(statements, active, analysis, themeOf, brands, rejected);

        var mains = statements.Where(s => s.Altitude == JobAltitude.Main).ToList();
        var outcomes = JobOutcomes.Build(analysis, options, active, mains, themeOf, totalCustomers);
        statements = statements.Select(s => s.Altitude != JobAltitude.Main ? s : s with
        {
            Needs = s.Needs with { Functional = outcomes.Where(o => o.JobId == s.Id).Select(o => o.Statement).ToList() },
        }).ToList();
        return new JobsAnalysis
        {
            Tree = new JobTree(Order(statements)),
            Outcomes = outcomes.OrderByDescending(o => o.Opportunity).ThenBy(o => o.Statement, StringComparer.Ordinal).ToList(),
            RejectedCandidates = rejected.Count,
            RejectedExamples = rejected.Take(20).ToList(),
            CandidatesFound = candidates,
            Notes = Notes(statements, outcomes),
            Provenance = Provenance.Offline,
        };
    }

    // Each customer record goes to the theme it fits best: anchors count double, job-map and outcome triggers once,
    // and a goal or circumstance phrase that names an anchor counts triple. Ties go to the earlier theme.
    private static string?[] AssignThemes(AnalysisResult analysis, List<JobSignal>[] signals)
    {
        var themeOf = new string?[analysis.Records.Count];
        var themes = JobThemes.All;
        var matcher = ThemeTriggers.Value;
        Parallel.For(0, analysis.Records.Count, () => new int[matcher.SetCount], (i, _, counts) =>
        {
            var record = analysis.Records[i];
            if (!JobSignalExtractor.IsCustomerVoice(record)) return counts;
            matcher.CountDistinct(record.Text, TriggerMatcher.WordStarts(record.Text), counts);
            var best = 0;
            for (var k = 0; k < themes.Count; k++)
            {
                var theme = themes[k];
                var score = 2 * counts[3 * k] + counts[3 * k + 1] + counts[3 * k + 2]
                    + 3 * signals[i].Where(s => s.Kind is JobSignalKind.Goal or JobSignalKind.Circumstance)
                        .Count(s => JobsText.FindAny(s.Phrase, theme.Anchors) is not null);
                if (score > best) { best = score; themeOf[i] = theme.Id; }
            }
            return counts;
        }, _ => { });
        return themeOf;
    }

    // Every theme's anchors, job-map step triggers and outcome triggers as sets 3k, 3k+1 and 3k+2 of one matcher.
    private static readonly Lazy<TriggerSetMatcher> ThemeTriggers = new(() =>
        new TriggerSetMatcher([.. JobThemes.All.SelectMany(t => new[] { t.Anchors, t.StepTriggers, t.OutcomeTriggers })]));

    internal static bool Accept(JobStatement statement, IReadOnlyList<string> brands, List<string> rejected)
    {
        var findings = JobStatementLinter.Check(statement, brands);
        if (findings.Count == 0) return true;
        rejected.Add(findings[0].Message);
        return false;
    }

    private static void AttachWorkarounds(List<JobStatement> statements, AnalysisResult analysis, List<JobSignal>[] signals, string?[] themeOf, JobsOptions options)
    {
        var mains = statements.Where(s => s.Altitude == JobAltitude.Main).ToList();
        if (mains.Count == 0) return;
        var largest = mains.OrderByDescending(m => m.Customers).First().Id;
        var byJob = new Dictionary<string, Dictionary<string, List<(EvidenceRecord Record, JobSignal Signal)>>>(StringComparer.Ordinal);
        for (var i = 0; i < signals.Length; i++)
            foreach (var w in signals[i].Where(s => s.Kind == JobSignalKind.Workaround))
            {
                var pattern = JobPatterns.Workarounds.First(p => p.Summary == w.Label);
                var jobId = pattern.Themes.Select(ThemeJobBuilder.MainId).FirstOrDefault(id => mains.Any(m => m.Id == id))
                    ?? (themeOf[i] is { } t && mains.Any(m => m.Id == ThemeJobBuilder.MainId(t)) ? ThemeJobBuilder.MainId(t) : largest);
                if (!byJob.TryGetValue(jobId, out var bySummary)) byJob[jobId] = bySummary = new(StringComparer.Ordinal);
                if (!bySummary.TryGetValue(w.Label!, out var list)) bySummary[w.Label!] = list = [];
                list.Add((analysis.Records[i], w));
            }
        for (var k = 0; k < statements.Count; k++)
        {
            if (!byJob.TryGetValue(statements[k].Id, out var found)) continue;
            statements[k] = statements[k] with
            {
                CompensatingBehaviours = found.Select(f => new JobObservation(f.Key,
                        f.Value.Select(v => JobsText.CustomerKey(v.Record)).Distinct(StringComparer.Ordinal).Count(),
                        f.Value.DistinctBy(v => JobsText.CustomerKey(v.Record)).Select(v => JobsText.Quote(v.Record, v.Signal.Start, v.Signal.End))
                            .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(options.MaxQuotes).ToList()))
                    .OrderByDescending(o => o.Customers).ThenBy(o => o.Summary, StringComparer.Ordinal).ToList(),
            };
        }
    }

    private static void AddAspirations(List<JobStatement> statements, List<JobTheme> active, AnalysisResult analysis, string?[] themeOf, IReadOnlyList<string> brands, List<string> rejected)
    {
        foreach (var group in active.GroupBy(t => t.AspirationId))
        {
            var childIds = group.Select(t => ThemeJobBuilder.MainId(t.Id)).ToHashSet(StringComparer.Ordinal);
            var children = statements.Where(s => childIds.Contains(s.Id)).ToList();
            if (children.Count == 0) continue;
            var aspiration = Statement("asp-" + group.Key, group.First().Aspiration, JobAltitude.Aspirational) with
            {
                // Distinct customers across its main jobs: someone in two of them counts once.
                Customers = Enumerable.Range(0, themeOf.Length).Where(i => themeOf[i] is { } t && group.Any(g => g.Id == t))
                    .Select(i => JobsText.CustomerKey(analysis.Records[i])).Distinct(StringComparer.Ordinal).Count(),
                Provenance = new Provenance(Provenance.OfflineSource, Note: "derived from the domain of its main jobs"),
            };
            if (!Accept(aspiration, brands, rejected)) continue;
            statements.Add(aspiration);
            for (var k = 0; k < statements.Count; k++)
                if (childIds.Contains(statements[k].Id)) statements[k] = statements[k] with { ParentId = aspiration.Id };
        }
    }

    private static List<string> Notes(List<JobStatement> statements, List<DesiredOutcome> outcomes)
    {
        var notes = new List<string>();
        if (outcomes.Any(o => o.Source == OutcomeSource.Estimated))
            notes.Add("Outcomes marked estimated are proxies computed from how often and how strongly customers raise the topic, not survey ratings; add importance_/satisfaction_ columns to a survey to measure them.");
        var thin = statements.Where(s => s.Altitude == JobAltitude.Main && s.Customers < 3).Select(s => s.Text).ToList();
        if (thin.Count > 0) notes.Add("Thin evidence (fewer than 3 customers): " + string.Join("; ", thin) + ".");
        if (statements.Count == 0) notes.Add("No customer stated what they were trying to do in a way the offline drafter recognises.");
        return notes;
    }

    // Aspirational first, each followed by its main jobs and their functional jobs.
    private static List<JobStatement> Order(List<JobStatement> statements)
    {
        var ordered = new List<JobStatement>();
        void Visit(JobStatement s)
        {
            ordered.Add(s);
            foreach (var c in statements.Where(c => c.ParentId == s.Id).OrderBy(c => c.Altitude == JobAltitude.Functional ? (int)c.Step!.Value : -c.Customers))
                Visit(c);
        }
        foreach (var root in statements.Where(s => s.ParentId is null).OrderBy(s => s.Altitude).ThenByDescending(s => s.Customers)) Visit(root);
        return ordered;
    }

    internal static JobStatement Statement(string id, JobPhrase phrase, JobAltitude altitude) => new()
    {
        Id = id, Verb = phrase.Verb, Object = phrase.Object, Clarifier = phrase.Clarifier, Altitude = altitude,
    };

    // Brand and product names written in CamelCase (DashRunner, ParcelNorth) are solutions, never part of a job.
    private static List<string> BrandTerms(IReadOnlyList<EvidenceRecord> records) =>
        records.SelectMany(r => CamelCase().Matches(r.Text).Select(m => m.Value)).Distinct(StringComparer.OrdinalIgnoreCase).Take(200).ToList();

    internal static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim('-');

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex CamelCase();
}
