using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Drafts one persona card from one cluster's evidence (see docs/personas.md for how each field is filled).
/// </summary>
internal sealed class CardDrafter(AnalysisResult analysis, Segmentation segmentation, PersonaOptions options)
{
    public const string Method = "k-means (k-means++ seeding, fixed seed) on per-customer features; k by silhouette";

    private readonly int _totalCustomers = segmentation.Customers.Count;
    private readonly int _totalRecords = segmentation.Customers.Sum(c => c.Records.Count);

    public PersonaCard Draft(int cluster, string id, PersonaNamer namer)
    {
        var e = new SegmentEvidence(analysis, segmentation, cluster);
        var traits = SegmentDescriber.Traits(segmentation.Space, e.Members);
        var touchpoints = KeyTouchpoints(e);
        var quotes = Representative(e);
        var max = options.ItemsPerList;
        var share = PersonaShare.Of(e.Customers.Count, _totalCustomers, e.RecordCount, _totalRecords);
        return new PersonaCard
        {
            Id = id,
            Name = namer.Name(traits, DominantIntent(e)),
            Role = RoleChooser.Choose(e, traits),
            Context = ContextItems(e, traits),
            Jobs = Jobs(e, traits, touchpoints, max),
            Pains = Pains(e, touchpoints, max),
            Gains = Gains(e, max),
            EmpathyMap = EmpathyDrafter.Draft(e, quotes, touchpoints, max),
            Quotes = quotes,
            Share = share,
            KeyTouchpoints = touchpoints,
            Segment = new SegmentDefinition(traits, Method),
            EvidenceBased = PersonaThresholds.IsEvidenceBased(share.Customers, share.Records),
            Provenance = Provenance.Offline,
        };
    }

    private IReadOnlyList<KeyTouchpoint> KeyTouchpoints(SegmentEvidence e)
    {
        var stats = new Dictionary<string, (int Mentions, HashSet<string> Customers, double Sum)>(
            StringComparer.Ordinal
        );
        foreach (var c in e.Customers)
        {
            foreach (var i in c.Records)
            {
                foreach (
                    var tp in analysis
                        .Annotations[i]
                        .Touchpoints.Select(t => t.TouchpointId)
                        .Distinct(StringComparer.Ordinal)
                )
                {
                    if (!stats.TryGetValue(tp, out var s))
                    {
                        s = (0, new HashSet<string>(StringComparer.Ordinal), 0.0);
                    }
                    s.Customers.Add(c.Key);
                    stats[tp] = (s.Mentions + 1, s.Customers, s.Sum + analysis.Annotations[i].Sentiment);
                }
            }
        }
        return
        [
            .. stats
                .OrderByDescending(s => s.Value.Customers.Count)
                .ThenByDescending(s => s.Value.Mentions)
                .ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(5)
                .Select(s => new KeyTouchpoint(
                    s.Key,
                    analysis.Catalog.Find(s.Key)?.Name ?? s.Key,
                    s.Value.Mentions,
                    s.Value.Customers.Count,
                    Math.Clamp(Math.Round(s.Value.Sum / s.Value.Mentions, 2, MidpointRounding.AwayFromZero), -1, 1)
                )),
        ];
    }

    /// <summary>
    /// One quote per customer, most representative customers first: the sentence around their strongest cue.
    /// </summary>
    private List<EvidenceQuote> Representative(SegmentEvidence e)
    {
        var quotes = new List<EvidenceQuote>();
        foreach (var c in e.Customers)
        {
            if (quotes.Count >= options.Quotes)
            {
                break;
            }
            var best = c
                .Records.Where(i => analysis.Records[i].Text.Trim().Length >= 20)
                .OrderByDescending(i =>
                    analysis
                        .Annotations[i]
                        .Cues.Count(x =>
                            !x.Label.StartsWith(CueLabels.Sentiment, StringComparison.Ordinal)
                            && !x.Label.StartsWith(CueLabels.Payload, StringComparison.Ordinal)
                        )
                )
                .ThenBy(i => i)
                .ToList();
            foreach (var i in best)
            {
                var a = analysis.Annotations[i];
                var cue = a.Cues.FirstOrDefault(x =>
                    x.Label.StartsWith(CueLabels.Emotion, StringComparison.Ordinal)
                    || x.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal)
                ) ?? a.Cues.FirstOrDefault(x => !x.Label.StartsWith(CueLabels.Payload, StringComparison.Ordinal));
                var q = cue is null ? e.Quote(i, 0, analysis.Records[i].Text.Length) : e.Quote(i, cue.Start, cue.End);
                if (q is null)
                {
                    continue;
                }
                quotes.Add(q);
                break;
            }
        }
        return quotes;
    }

    private List<PersonaItem> ContextItems(SegmentEvidence e, IReadOnlyList<SegmentTrait> traits)
    {
        var items = new List<PersonaItem>();
        foreach (var t in traits.Where(t => t.Kind == FeatureKinds.Context).Take(2))
        {
            if (e.Space.Contexts.Find(t.Value) is not { } context)
            {
                continue;
            }
            var quote = e.Find(context.Pattern, 1).Select(f => f.Quote).ToArray();
            items.Add(
                new PersonaItem(
                    Sentences.Capitalise(context.Description),
                    quote,
                    Facts.Vs(t.SegmentShare, t.OverallShare)
                )
            );
        }
        foreach (var t in traits.Where(t => t.Kind == FeatureKinds.Metadata).Take(3))
        {
            items.Add(
                PersonaItem.Computed($"{Humanise(t.Field)}: {t.Value}", Facts.Vs(t.SegmentShare, t.OverallShare))
            );
        }
        var nps = e
            .Customers.Select(c => FeatureSpace.NpsGroup(c, analysis.Records))
            .Where(g => g is not null)
            .ToList();
        if (nps.Count > 0)
        {
            var score = 100.0 * (nps.Count(g => g == "promoter") - nps.Count(g => g == "detractor")) / nps.Count;
            items.Add(
                PersonaItem.Computed(
                    $"NPS {(score > 0 ? "+" : "")}{score:0} among those who answered",
                    $"{nps.Count(g => g == "promoter")} promoters, "
                        + $"{nps.Count(g => g == "passive")} passives, "
                        + $"{nps.Count(g => g == "detractor")} detractors of {nps.Count} "
                        + $"customers answering (customer-level mean answer)"
                )
            );
        }
        foreach (var t in traits.Where(t => t.Kind is FeatureKinds.Channel).Take(1))
        {
            items.Add(
                PersonaItem.Computed(
                    $"Heard from mostly through {ChannelName(t.Value)}",
                    Facts.Vs(t.SegmentShare, t.OverallShare)
                )
            );
        }
        return items;
    }

    private List<PersonaItem> Jobs(
        SegmentEvidence e,
        IReadOnlyList<SegmentTrait> traits,
        IReadOnlyList<KeyTouchpoint> touchpoints,
        int max
    )
    {
        var jobs = new List<PersonaItem>();
        foreach (
            var (quote, match, record) in e.Find(PhraseCues.Job, max * 2).Concat(e.Find(PhraseCues.JobDone, max * 2))
        )
        {
            if (jobs.Count >= max)
            {
                break;
            }
            var job = JobPhrases.ToJob(Sentences.Clause(analysis.Records[record].Text, match.Index, 16));
            if (job is not null && jobs.All(j => !string.Equals(j.Text, job, StringComparison.OrdinalIgnoreCase)))
            {
                jobs.Add(PersonaItem.Quoted(job, quote));
            }
        }
        if (jobs.Count == 0 && touchpoints.Count > 0)
        {
            jobs.Add(
                PersonaItem.Computed(
                    $"Get what they came for through {touchpoints[0].Name} without having to chase",
                    $"{touchpoints[0].Name} is mentioned by "
                        + $"{Facts.Customers(touchpoints[0].Customers, e.Customers.Count)}"
                )
            );
        }
        if (jobs.Count == 0)
        {
            jobs.Add(
                PersonaItem.Computed(
                    "Get a good experience with little effort",
                    $"{e.Customers.Count} customers, no job phrase in their words"
                )
            );
        }
        return jobs;
    }

    private List<PersonaItem> Pains(SegmentEvidence e, IReadOnlyList<KeyTouchpoint> touchpoints, int max)
    {
        var items = new List<PersonaItem>();
        var pains = e
            .Customers.SelectMany(
                (c, ci) =>
                    c
                        .Records.SelectMany(i => CueLabels.Values(analysis.Annotations[i].Cues, CueLabels.Pain))
                        .Distinct(StringComparer.Ordinal)
                        .Select(p => (p, ci))
            )
            .GroupBy(x => x.p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(max);
        foreach (var g in pains)
        {
            EvidenceQuote? quote = null;
            foreach (var c in e.Customers)
            {
                foreach (var i in c.Records)
                {
                    var cue = analysis.Annotations[i].Cues.FirstOrDefault(x => x.Label == CueLabels.Pain + g.Key);
                    if (cue is not null && (quote = e.Quote(i, cue.Start, cue.End)) is not null)
                    {
                        break;
                    }
                }
                if (quote is not null)
                {
                    break;
                }
            }
            items.Add(
                new PersonaItem(
                    Sentences.Capitalise(PainNames.Of(g.Key)),
                    quote is null ? [] : [quote],
                    Facts.Customers(g.Count(), e.Customers.Count)
                )
            );
        }
        foreach (var tp in touchpoints.Where(t => t.MeanSentiment <= -0.2).Take(Math.Max(1, max - items.Count)))
        {
            items.Add(
                PersonaItem.Computed(
                    $"{tp.Name} lets them down",
                    $"mean sentiment {Facts.Signed(tp.MeanSentiment)} over {tp.Mentions} "
                        + $"mentions by {tp.Customers} customers"
                )
            );
        }
        return items;
    }

    private List<PersonaItem> Gains(SegmentEvidence e, int max)
    {
        var praise = new List<(int Customer, int Record, string Touchpoint)>();
        for (var ci = 0; ci < e.Customers.Count; ci++)
        {
            foreach (var i in e.Customers[ci].Records)
            {
                var a = analysis.Annotations[i];
                // Praise, or a clearly positive statement: a question or a request for help is not praise, however
                // warm its words ("is shipping free for gold members?", "can anyone recommend boots?").
                if (
                    a.Intent != Intent.Praise
                    && (a.Sentiment < 0.3 || a.Intent is Intent.Question or Intent.HelpRequest)
                )
                {
                    continue;
                }
                foreach (var tp in a.Touchpoints.Select(t => t.TouchpointId).Distinct(StringComparer.Ordinal))
                {
                    praise.Add((ci, i, tp));
                }
            }
        }
        var items = new List<PersonaItem>();
        foreach (
            var g in praise
                .GroupBy(p => p.Touchpoint, StringComparer.Ordinal)
                .OrderByDescending(g => g.Select(p => p.Customer).Distinct().Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(max)
        )
        {
            EvidenceQuote? quote = null;
            foreach (var (_, record, tp) in g.OrderBy(p => p.Customer))
            {
                // Quote the praise itself: the positive cue nearest the touchpoint's mention, else the mention.
                var a = analysis.Annotations[record];
                var m = a.Touchpoints.First(t => t.TouchpointId == tp);
                var cue = a
                    .Cues.Where(x =>
                        x.Label
                            is "sentiment:positive"
                                or "emotion:delight"
                                or "emotion:gratitude"
                                or "emotion:trust"
                                or "intent:praise"
                    )
                    .OrderBy(x => Math.Abs(x.Start - m.Start))
                    .FirstOrDefault();
                if (cue is null && a.Intent != Intent.Praise)
                {
                    continue;
                }
                if (
                    (quote = cue is null ? e.Quote(record, m.Start, m.End) : e.Quote(record, cue.Start, cue.End))
                    is not null
                )
                {
                    break;
                }
            }
            var name = analysis.Catalog.Find(g.Key)?.Name ?? g.Key;
            items.Add(
                new PersonaItem(
                    $"Values {name}",
                    quote is null ? [] : [quote],
                    Facts.Customers(g.Select(p => p.Customer).Distinct().Count(), e.Customers.Count)
                        + " speak well of it"
                )
            );
        }
        return items;
    }

    /// <summary>
    /// The intent most over-represented in the segment (share in segment − share overall), if any is.
    /// </summary>
    private static Intent DominantIntent(SegmentEvidence e)
    {
        var space = e.Space;
        var best = (Intent: Intent.None, Gap: 0.0);
        for (var f = 0; f < space.Features.Count; f++)
        {
            if (
                space.Features[f].Kind != FeatureKinds.Intent
                || !Enum.TryParse<Intent>(space.Features[f].Value, true, out var intent)
            )
            {
                continue;
            }
            var inSegment = (double)e.Members.Count(c => space.Has(c, f)) / Math.Max(1, e.Members.Count);
            var overall = (double)space.Holding(f) / Math.Max(1, space.Customers);
            if (inSegment - overall > best.Gap)
            {
                best = (intent, inSegment - overall);
            }
        }
        return best.Intent;
    }

    private static string Humanise(string field) =>
        Sentences.Capitalise(field.Replace('_', ' ').Replace('-', ' ').Trim());

    private static string ChannelName(string channel) =>
        ChannelNames.TryParse(channel) is { } c ? EmpathyDrafter.ChannelWords(c) : channel;
}
