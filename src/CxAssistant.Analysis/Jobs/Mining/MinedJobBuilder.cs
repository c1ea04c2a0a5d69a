using System.Numerics.Tensors;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Makes one group of phrases (same meaning) into a main job and its functional jobs. The main job is worded by the
/// group's most representative phrase that passes the linter (widely used, close to the group's centre, with its own
/// clarifier first); a phrase without a clarifier takes the group's most common one, else the most common circumstance
/// its customers name, else the kind's context. Quotes are the customers' own goal phrases, one per customer.
/// </summary>
internal static class MinedJobBuilder
{
    private const int MaxEvidence = 5,
        MaxFunctional = 5;

    // Cosine at which two customers' circumstances say the same ("for a wedding", "before the wedding": 0.86 on the
    // static encoder; "for a summer wedding", "before the wedding": 0.69 and "after work", "outside working hours":
    // 0.53 are not the same).
    private const float SameCircumstance = 0.7f;

    public static List<JobStatement>? Build(
        List<int> members,
        List<PhraseGroup> phrases,
        float[][] vectors,
        JobMiningOptions mining,
        MiningContext context,
        CancellationToken cancellationToken
    )
    {
        var centroid = MeaningClusters.Centroid(members.Select(i => vectors[i]));
        var main = Word(members, phrases, vectors, context, "job-");
        if (main is null)
        {
            return null;
        }
        var records = members.SelectMany(i => phrases[i].Members).Select(c => c.Record).Distinct().Order().ToList();
        var job = main with
        {
            Altitude = JobAltitude.Main,
            Performer = Performer(records, context),
            Circumstances = Circumstances(records, context),
            Barriers = JobEvidence.Barriers(records, context),
            CompensatingBehaviours = JobEvidence.Workarounds(records, context),
            Forces = JobEvidence.Forces(records, context),
            Evidence = Evidence(members, phrases, vectors, centroid, context, MaxEvidence),
            Customers = Customers(members, phrases, context),
        };
        var result = new List<JobStatement> { job };
        context.JobRecords[job.Id] = records;
        var sub = MeaningClusters.Group(
            [.. members.Select(i => vectors[i])],
            mining.FunctionalThreshold,
            [.. members.Select(i => (double)phrases[i].Customers)],
            cancellationToken
        );
        foreach (
            var group in Enumerable
                .Range(0, members.Count)
                .GroupBy(k => sub[k])
                .Select(g => g.Select(k => members[k]).ToList())
                .OrderByDescending(g => Customers(g, phrases, context))
        )
        {
            if (result.Count > MaxFunctional || Customers(group, phrases, context) < 2)
            {
                continue;
            }
            var c = MeaningClusters.Centroid(group.Select(i => vectors[i]));
            if (Word(group, phrases, vectors, context, job.Id + "-") is not { } step)
            {
                continue;
            }
            if (
                result.Any(r =>
                    string.Equals(r.Text, step.Text, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(r.Verb + r.Object, step.Verb + step.Object, StringComparison.OrdinalIgnoreCase)
                )
            )
            {
                continue;
            }
            result.Add(
                step with
                {
                    ParentId = job.Id,
                    Step = context.Language.Steps.GetValueOrDefault(step.Verb, JobMapStep.Execute),
                    Performer = job.Performer,
                    Evidence = Evidence(group, phrases, vectors, c, context, context.Options.MaxQuotes),
                    Customers = Customers(group, phrases, context),
                }
            );
        }
        return result;
    }

    /// <summary>
    /// The best wording of a group that passes the linter, with its clarifier filled; null when none does. Wordings are
    /// ranked by verb + object (how many of the group's customers they speak for), so the clarifier one customer
    /// happened to add does not decide the job; the clarifier comes from the members with that verb and object.
    /// </summary>
    private static JobStatement? Word(
        List<int> members,
        List<PhraseGroup> phrases,
        float[][] vectors,
        MiningContext context,
        string idPrefix
    )
    {
        var ranked = members
            .GroupBy(i => JobWords.Clause(phrases[i].Phrase), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Members: g.ToList(), Score: Representing(g.First(), members, phrases, vectors)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => JobWords.Clause(phrases[x.Members[0]].Phrase), StringComparer.Ordinal)
            .ToList();
        foreach (var (same, _) in ranked)
        {
            var phrase = WithClarifier(
                phrases[same[0]].Phrase with
                {
                    Clarifier = "",
                },
                same,
                members,
                phrases,
                vectors,
                context
            );
            var statement = new JobStatement
            {
                Id = idPrefix + Slug(phrase.Verb + " " + phrase.Object),
                Verb = phrase.Verb,
                Object = phrase.Object,
                Clarifier = phrase.Clarifier,
                Altitude = JobAltitude.Functional,
            };
            var findings = JobStatementLinter.Check(statement, context.Brands);
            if (findings.Count == 0)
            {
                return statement;
            }
            lock (context.Rejected)
            {
                context.Rejected.Add($"'{statement.Text}': {findings[0].Message}");
            }
        }
        return null;
    }

    // How many of the group's customers a wording speaks for: the customers of every member, each weighted by its
    // similarity to this wording (a medoid), so one wording used twice does not outrank five close ones used once each.
    private static double Representing(int wording, List<int> members, List<PhraseGroup> phrases, float[][] vectors) =>
        members.Sum(j => phrases[j].Customers * Math.Max(0, TensorPrimitives.Dot(vectors[wording], vectors[j])));

    private static JobPhrase WithClarifier(
        JobPhrase phrase,
        List<int> same,
        List<int> members,
        List<PhraseGroup> phrases,
        float[][] vectors,
        MiningContext context
    )
    {
        // A circumstance that several of the group's customers give, in whatever words ("for a summer wedding", "for
        // my brother's wedding", "before the wedding"), speaks for the job better than any one customer's.
        if (Shared(phrase, members, phrases, context) is { } shared)
        {
            return phrase with { Clarifier = shared };
        }
        // Else the clarifiers customers gave this verb and object: another phrase's clarifier may describe another
        // job ("hear the people" took "from the dude preaching" from "hear a plan from the dude preaching").
        var own = same.Where(i => phrases[i].Phrase.Clarifier.Length > 0)
            .GroupBy(i => phrases[i].Phrase.Clarifier, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(i => phrases[i].Customers))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        if (own is not null)
        {
            return phrase with { Clarifier = own };
        }
        // The circumstances of the customers who used this verb and object, else one that several customers of the
        // group share: another wording's single customer may have had another occasion ("attend the meeting" must not
        // take one guest's "for our anniversary").
        // Last before the kind's generic context: the clarifier a customer gave the closest other wording of this
        // job, so the statement keeps a customer's own circumstance ("book an evening appointment for a cleaning"),
        // when it says when or on what occasion: "find a flight" must not take "in the south lounge" from "find a
        // seat in the south lounge".
        var circumstance = Circumstance(same, phrases, phrase, context, 1)
            ?? Circumstance(members, phrases, phrase, context, 2)
            ?? members
                .Where(i =>
                    JobPhraseMaker.IsCircumstance(phrases[i].Phrase.Clarifier)
                    && JobPhraseMaker.IsOccasion(phrases[i].Phrase.Clarifier, context.Language)
                    && !Repeats(phrase.Object, phrases[i].Phrase.Clarifier)
                )
                .OrderByDescending(i => TensorPrimitives.Dot(vectors[same[0]], vectors[i]))
                .ThenBy(i => i)
                .Select(i => phrases[i].Phrase.Clarifier)
                .FirstOrDefault();
        return phrase with { Clarifier = circumstance ?? context.Kind.Context };
    }

    /// <summary>
    /// The circumstance the group's customers share by meaning: each customer's own clarifiers and circumstances are
    /// candidates, and a candidate counts every customer who gave one within <see cref="SameCircumstance"/> of it; the
    /// candidate that counts most, if two customers or more, else null.
    /// </summary>
    private static string? Shared(JobPhrase phrase, List<int> members, List<PhraseGroup> phrases, MiningContext context)
    {
        var given = new List<(string Text, string Customer)>();
        foreach (var c in members.SelectMany(i => phrases[i].Members))
        {
            var customer = context.Customer(c.Record);
            given.Add((c.Phrase.Clarifier, customer));
            given.AddRange(
                context
                    .Clauses[c.Record]
                    .Where(k => k.Kind == JobClauseKind.Circumstance)
                    .Select(k => (JobPhraseMaker.ClarifierOf(k.Phrase, context.Language), customer))
            );
        }
        given =
        [
            .. given
                .Where(g =>
                    g.Text.Length > 0 && JobPhraseMaker.IsCircumstance(g.Text) && !Repeats(phrase.Object, g.Text)
                )
                .Distinct(),
        ];
        if (given.Select(g => g.Customer).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }
        var texts = given.Select(g => g.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var index = texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.OrdinalIgnoreCase);
        var v = context.Encoder.Encode(texts);
        var byCustomer = given.GroupBy(g => g.Customer, StringComparer.Ordinal).ToList();
        var best = texts
            .Select(t =>
                (
                    Text: t,
                    Count: byCustomer.Count(k =>
                        k.Any(g => TensorPrimitives.Dot(v[index[t]], v[index[g.Text]]) >= SameCircumstance)
                    ),
                    Weight: byCustomer.Sum(k => k.Max(g => TensorPrimitives.Dot(v[index[t]], v[index[g.Text]])))
                )
            )
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Text.Count(c => c == ' '))
            .ThenByDescending(x => x.Weight)
            .ThenBy(x => x.Text, StringComparer.Ordinal)
            .First();
        return best.Count >= 2 ? best.Text : null;
    }

    private static string? Circumstance(
        List<int> members,
        List<PhraseGroup> phrases,
        JobPhrase phrase,
        MiningContext context,
        int minCount
    ) =>
        members
            .SelectMany(i => phrases[i].Members)
            .Select(c => c.Record)
            .Distinct()
            .SelectMany(r => context.Clauses[r].Where(c => c.Kind == JobClauseKind.Circumstance))
            .Select(c => JobPhraseMaker.ClarifierOf(c.Phrase, context.Language))
            .Where(c => c.Length > 0 && !Repeats(phrase.Object, c))
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= minCount)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    // "attend the meeting for a meeting": a circumstance naming the object's own thing adds nothing.
    internal static bool Repeats(string obj, string clarifier)
    {
        var words = obj.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return clarifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(words.Contains);
    }

    private static List<Core.Evidence.EvidenceQuote> Evidence(
        List<int> members,
        List<PhraseGroup> phrases,
        float[][] vectors,
        float[] centroid,
        MiningContext context,
        int max
    ) =>
        [
            .. members
                .OrderByDescending(i => TensorPrimitives.Dot(vectors[i], centroid))
                .ThenBy(i => i)
                .SelectMany(i => phrases[i].Members)
                .DistinctBy(c => context.Customer(c.Record))
                .Select(c => JobsText.Quote(context.Analysis.Records[c.Record], c.Clause.Start, c.Clause.End))
                .DistinctBy(q => q.Text, StringComparer.Ordinal)
                .Take(max),
        ];

    private static int Customers(List<int> members, List<PhraseGroup> phrases, MiningContext context) =>
        members
            .SelectMany(i => phrases[i].Members)
            .Select(c => context.Customer(c.Record))
            .Distinct(StringComparer.Ordinal)
            .Count();

    // Who the customers say they are ("as a student", "we're a family of four"), else the kind's customer.
    private static string Performer(List<int> records, MiningContext context)
    {
        var roles = records
            .SelectMany(r =>
                context
                    .Clauses[r]
                    .Where(c => c.Kind == JobClauseKind.Performer)
                    .Select(c => (Role: c.Phrase.ToLowerInvariant(), Customer: context.Customer(r)))
            )
            .GroupBy(x => x.Role, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: g.Select(x => x.Customer).Distinct().Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return roles.Count == 0
            ? context.Kind.Performer
            : $"{context.Kind.Performer} (in their words: "
                + $"{string.Join(", ", roles.Select(r => JobWords.Article(r.Key) + " " + r.Key))})";
    }

    private static List<string> Circumstances(List<int> records, MiningContext context) =>
        [
            .. records
                .SelectMany(r => context.Clauses[r].Where(c => c.Kind == JobClauseKind.Circumstance))
                .GroupBy(c => c.Phrase.ToLowerInvariant().Replace('’', '\''), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(6)
                .Select(g => g.First().Phrase),
        ];

    internal static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join('-', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
