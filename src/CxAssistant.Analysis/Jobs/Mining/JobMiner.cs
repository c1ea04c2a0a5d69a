using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Jobs-to-be-done from the data (seed 003), for any business: finds the goal and struggle phrases customers use
/// ("I wanted to…", "trying to…", "couldn't…"), turns each into verb + object + clarifier, groups the phrases by
/// meaning (the local encoder), and makes each group that enough customers share a main job, worded by its most
/// representative phrase, with its functional jobs (finer groups), the customers' quotes, performer, circumstances,
/// barriers, workarounds and forces found in the same records, an aspiration above it and desired outcomes. Every
/// statement passes <see cref="JobStatementLinter"/>; a phrase that cannot be made into one is rejected, never patched
/// into a raw request. When customers state too few goals, the result says so and drafts nothing.
/// </summary>
public static partial class JobMiner
{
    public static JobsAnalysis Mine(
        AnalysisResult analysis,
        ITextEncoder encoder,
        BusinessKind kind,
        JobsOptions? options = null,
        JobMiningOptions? mining = null,
        CancellationToken cancellationToken = default
    )
    {
        options ??= new JobsOptions();
        mining ??= new JobMiningOptions();
        var language = JobLanguage.Default;
        var records = analysis.Records;
        var clauses = new List<JobClause>[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            clauses[i] = JobClauseFinder.Find(records[i], i, language)
        );
        var rejected = new List<string>();
        var candidates = new List<JobCandidate>();
        foreach (
            var clause in clauses.SelectMany(c => c).Where(c => c.Kind is JobClauseKind.Goal or JobClauseKind.Struggle)
        )
        {
            var parts = JobPhraseMaker.Parts(clause.Phrase, language);
            for (var p = 0; p < parts.Count; p++)
            {
                if (JobPhraseMaker.Make(parts[p], language, out var reason) is { } phrase)
                {
                    candidates.Add(new JobCandidate(clause, phrase));
                }
                else if (p == 0)
                {
                    rejected.Add($"'{clause.Phrase}': {reason}");
                }
            }
        }
        var customers = Math.Max(
            1,
            records.Where(r => r.IsCustomerVoice).Select(r => r.CustomerKey).Distinct(StringComparer.Ordinal).Count()
        );
        var context = new MiningContext(
            analysis,
            clauses,
            language,
            kind,
            options,
            BrandTerms(analysis),
            rejected,
            encoder
        );
        var mains = Group(candidates, encoder, mining, customers, context, cancellationToken);
        var statements = new List<JobStatement>();
        foreach (var main in mains)
        {
            statements.AddRange(main);
        }
        statements.AddRange(Aspirations.Place(statements, kind, encoder, context, cancellationToken));
        var outcomes = MinedOutcomes.Build(statements, context, customers);
        statements =
        [
            .. statements.Select(s =>
                s.Altitude != JobAltitude.Main
                    ? s
                    : s with
                    {
                        Needs = s.Needs with
                        {
                            Functional = [.. outcomes.Where(o => o.JobId == s.Id).Select(o => o.Statement)],
                        },
                    }
            ),
        ];
        var goalCustomers = candidates
            .Select(c => records[c.Record].CustomerKey)
            .Distinct(StringComparer.Ordinal)
            .Count();
        return new JobsAnalysis
        {
            Tree = new JobTree(Order(statements)),
            Outcomes =
            [
                .. outcomes.OrderByDescending(o => o.Opportunity).ThenBy(o => o.Statement, StringComparer.Ordinal),
            ],
            RejectedCandidates = rejected.Count,
            RejectedExamples = [.. rejected.Take(20)],
            CandidatesFound = candidates.Count + rejected.Count,
            Notes = Notes(statements, outcomes, goalCustomers, customers),
            Provenance = new Provenance(
                Provenance.OfflineSource,
                Note: "grouped by meaning from the customers' own goal phrases"
            ),
        };
    }

    private static List<List<JobStatement>> Group(
        List<JobCandidate> candidates,
        ITextEncoder encoder,
        JobMiningOptions mining,
        int customers,
        MiningContext context,
        CancellationToken cancellationToken
    )
    {
        var phrases = candidates
            .GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PhraseGroup(
                [.. g],
                g.Select(c => context.Customer(c.Record)).Distinct(StringComparer.Ordinal).Count()
            ))
            .OrderByDescending(p => p.Customers)
            .ThenBy(p => p.Members[0].Key, StringComparer.Ordinal)
            .Take(mining.MaxPhrases)
            .ToList();
        if (phrases.Count == 0)
        {
            return [];
        }
        var vectors = JobVectors.Of(
            phrases,
            encoder,
            mining.VerbWeight,
            context.Language.LightVerbs,
            cancellationToken
        );
        var ids = MeaningClusters.Group(
            vectors,
            mining.MainThreshold,
            [.. phrases.Select(p => (double)p.Customers)],
            cancellationToken
        );
        var minSupport = mining.MinSupport ?? Math.Max(2, Math.Min(5, (int)Math.Ceiling(0.001 * customers)));
        var mains = new List<List<JobStatement>>();
        // Differently worded phrases of one job are one group ("order drinks", "have a drink"); the verb weighs in the
        // vector (JobVectors), so phrases sharing only a thing ("get the room", "change room") need to be much closer.
        foreach (var cluster in Enumerable.Range(0, phrases.Count).GroupBy(i => ids[i]))
        {
            var members = cluster.ToList();
            var support = members
                .SelectMany(i => phrases[i].Members)
                .Select(c => context.Customer(c.Record))
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (support < minSupport)
            {
                continue;
            }
            if (MinedJobBuilder.Build(members, phrases, vectors, mining, context, cancellationToken) is { } job)
            {
                mains.Add(job);
            }
        }
        return
        [
            .. mains
                .OrderByDescending(m => m[0].Customers)
                .ThenBy(m => m[0].Text, StringComparer.Ordinal)
                .Take(mining.MaxMainJobs),
        ];
    }

    private static List<string> Notes(
        List<JobStatement> statements,
        List<DesiredOutcome> outcomes,
        int goalCustomers,
        int customers
    )
    {
        var notes = new List<string>();
        var mains = statements.Count(s => s.Altitude == JobAltitude.Main);
        if (mains == 0)
        {
            notes.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Too little goal language to draft jobs: {goalCustomers} of "
                        + $"{customers} customers said in their own words what they were trying "
                        + $"to do (\"I wanted to…\", \"trying to…\", \"couldn't…\"), and no goal "
                        + $"was shared by enough of them. No job is invented; ask customers what "
                        + $"they were trying to get done."
                )
            );
        }
        else if (mains < 3)
        {
            notes.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Only {mains} job(s) shared by enough customers: {goalCustomers} of "
                        + $"{customers} customers stated a goal in their own words. Treat the "
                        + $"jobs below as a start, not the whole picture."
                )
            );
        }
        if (outcomes.Any(o => o.Source == OutcomeSource.Estimated))
        {
            notes.Add(
                "Outcomes marked estimated are proxies computed from how often and how "
                    + "strongly customers raise the topic, not survey ratings; add "
                    + "importance_/satisfaction_ columns to a survey to measure them."
            );
        }
        var thin = statements
            .Where(s => s.Altitude == JobAltitude.Main && s.Customers < 3)
            .Select(s => s.Text)
            .ToList();
        if (thin.Count > 0)
        {
            notes.Add("Thin evidence (fewer than 3 customers): " + string.Join("; ", thin) + ".");
        }
        return notes;
    }

    // Aspirational first, each followed by its main jobs and their functional jobs.
    private static List<JobStatement> Order(List<JobStatement> statements)
    {
        var ordered = new List<JobStatement>();
        void Visit(JobStatement s)
        {
            ordered.Add(s);
            foreach (
                var c in statements
                    .Where(c => c.ParentId == s.Id)
                    .OrderBy(c => c.Altitude == JobAltitude.Functional ? (int)c.Step!.Value : -c.Customers)
                    .ThenBy(c => c.Id, StringComparer.Ordinal)
            )
            {
                Visit(c);
            }
        }
        foreach (
            var root in statements
                .Where(s => s.ParentId is null)
                .OrderBy(s => s.Altitude)
                .ThenByDescending(s => s.Customers)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
        )
        {
            Visit(root);
        }
        return ordered;
    }

    // Brand and product names written in CamelCase (QuickCart) are solutions, never part of a job; so is an acronym in
    // at least 5 % of the records, which is the business's own name ("BA", "EE"), not a word shouted now and then.
    private static List<string> BrandTerms(AnalysisResult analysis)
    {
        var sample = analysis.Records.Take(20_000).ToList();
        var acronyms = sample
            .SelectMany(r => Acronym().Matches(r.Text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            .GroupBy(a => a, StringComparer.Ordinal)
            .Where(g => g.Count() >= Math.Max(3, 0.05 * sample.Count))
            .Select(g => g.Key);
        return
        [
            .. acronyms
                .Concat(sample.SelectMany(r => CamelCase().Matches(r.Text).Select(m => m.Value)))
                .Concat(analysis.Catalog.Touchpoints.Select(t => t.Name))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(300),
        ];
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"\b[A-Z]{2,5}\b")]
    private static partial Regex Acronym();
}
