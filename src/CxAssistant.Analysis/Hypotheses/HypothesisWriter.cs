using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Turns a chosen remedy into a complete hypothesis: baseline from the core, target, method, kill criterion, quotes.
/// </summary>
internal static class HypothesisWriter
{
    // Other figures a change at the touchpoint moves, tried in turn when the remedy's own metric is already the
    // yardstick of an earlier hypothesis of the same touchpoint (two changes judged by one figure cannot be told
    // apart).
    private static readonly string[] Alternatives =
    [
        BaselineKind.NegativeShare,
        BaselineKind.DetractorShare,
        BaselineKind.Csat,
        BaselineKind.Nps,
    ];

    public static ImprovementHypothesis Write(
        TouchpointContext ctx,
        RemedyCandidate candidate,
        string pain,
        ISet<int> usedRecords,
        ISet<string> usedBaselines
    )
    {
        var remedy = candidate.Remedy;
        var id = ctx.Score.TouchpointId;
        var options = new[] { remedy.Metric, BaselineKind.PainShare }
            .Concat(Alternatives)
            .Distinct()
            .Select(kind => HypothesisBaselines.Compute(ctx.Analysis, id, kind, pain, ctx.MentionAnnotations))
            .OfType<HypothesisBaseline>()
            .ToList();
        var baseline = options.FirstOrDefault(b => !usedBaselines.Contains(Key(b))) ?? options[0];
        var shared = !usedBaselines.Add(Key(baseline));
        var name = HypothesisMetrics.Name(baseline, ctx.Name);
        var measure = Measure(ctx, remedy);
        var addressed = ctx.PainCount(pain);
        var share = ctx.PainShare(pain);
        var quotes = Quotes(ctx, candidate, pain, usedRecords);
        var tracked = HypothesisAnalytics.Tracked(ctx.Analysis, remedy);
        return new ImprovementHypothesis
        {
            Id = "",
            TouchpointId = id,
            Title = SpecificTitle(ctx, candidate.Title, pain, addressed),
            Pain = pain,
            Change = candidate.Change,
            Resources = candidate.Resources,
            SuccessMetric = new SuccessMetric(
                name,
                baseline,
                HypothesisMetrics.Target(baseline),
                Method(remedy, baseline, name, measure, tracked, shared)
            ),
            UnintendedConsequences = remedy.Consequences,
            Effort = remedy.Effort,
            ExpectedImpact = new ExpectedImpact(ImpactLevel(share), addressed, ctx.Mentions.Count, ctx.Score.NpsImpact),
            KillCriterion = HypothesisMetrics.Kill(baseline, name, remedy.Weeks, measure),
            Evidence = tracked is null ? quotes : [.. quotes, tracked],
            Specifics = candidate.Specifics,
            PainCounts = [.. ctx.Pains.Where(p => p.Pain == pain).Concat(ctx.Pains.Where(p => p.Pain != pain).Take(2))],
            RemedyId = remedy.Id,
            Provenance = Provenance.Offline,
        };
    }

    /// <summary>
    /// 15 % of the mentions or more is high, 7 % medium: what one change at one touchpoint can plausibly move.
    /// </summary>
    internal static HypothesisLevel ImpactLevel(double share) =>
        share switch
        {
            >= 0.15 => HypothesisLevel.High,
            >= 0.07 => HypothesisLevel.Medium,
            _ => HypothesisLevel.Low,
        };

    /// <summary>
    /// The remedy's title tied to this business's evidence: the touchpoint (unless the title names it already) and how
    /// many of its customer mentions carry the pain, so two businesses never read the same catalogue line as their own
    /// ("Explain what the price buys (Price and value: 61 of 307 mentions about price)").
    /// </summary>
    internal static string SpecificTitle(TouchpointContext ctx, string title, string pain, int addressed)
    {
        var figure = $"{addressed} of {ctx.Mentions.Count} mentions about {Core.Annotations.PainNames.About(pain)}";
        return title.Contains(ctx.Name, StringComparison.Ordinal)
            ? $"{title} ({figure})"
            : $"{title} ({ctx.Name}: {figure})";
    }

    private static string Key(HypothesisBaseline b) => b.Kind + "|" + b.Pain;

    /// <summary>
    /// The remedy's own measure with its slots filled and no leading article (the sentences supply one); null when
    /// none.
    /// </summary>
    private static string? Measure(TouchpointContext ctx, Remedy remedy)
    {
        if (remedy.Measure is not { } m)
        {
            return null;
        }
        // A measure whose slots this business cannot fill is left out rather than shown with "{slot}" in it.
        if (HypothesisTemplate.Fill(m, new Dictionary<string, string> { ["touchpoint"] = ctx.Name }) is not { } filled)
        {
            return null;
        }
        return filled.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? filled[4..] : filled;
    }

    private static string Method(
        Remedy remedy,
        HypothesisBaseline baseline,
        string name,
        string? measure,
        EvidenceQuote? tracked,
        bool shared
    )
    {
        var compare = baseline.Kind is BaselineKind.Nps or BaselineKind.DetractorShare or BaselineKind.Csat
            ? $"Compare the {Lower(name)} in the same survey for the {remedy.Weeks} weeks before and after the change"
            : $"Re-run cx analyze on the same sources for the {remedy.Weeks} weeks "
                + $"before and after the change and compare the {Lower(name)} (same "
                + $"annotation rules, so the figures are comparable)";
        var track = measure is null ? "" : $"; track the {measure} alongside";
        var thin = baseline.N < 30 ? $". With n={baseline.N}, read a change as a signal, not proof" : "";
        var already = tracked is null
            ? ""
            : $". Your analytics already report a related figure to start from: \"{tracked.Text}\"";
        var both = shared
            ? ". An earlier hypothesis of this touchpoint is judged by the same "
                + "figure: trial the two one after the other, not together"
            : "";
        return compare + track + thin + already + both + ".";
    }

    /// <summary>
    /// Up to two quotes from different records not used by earlier hypotheses of the touchpoint, each from a record that
    /// carries the pain the hypothesis addresses (a record matching the remedy's words but raising another pain is
    /// never its evidence): first the sentence where the remedy's words and the pain meet, then the pain's own sentence
    /// in a record that uses the remedy's words, then the pain's sentence about this touchpoint, then any; the most
    /// negative first. No record carrying the pain, no quote.
    /// </summary>
    private static IReadOnlyList<EvidenceQuote> Quotes(
        TouchpointContext ctx,
        RemedyCandidate candidate,
        string pain,
        ISet<int> usedRecords
    )
    {
        var options = new List<(int Record, int Start, int End, int Rank)>();
        foreach (var h in candidate.Hits.Where(h => HasPain(ctx, h.Record, pain)))
        {
            var cue = PainCue(ctx, h.Record, pain);
            var (s, e) = HypothesisSpecifics.Sentence(ctx.Record(h.Record).Text, h.Start, h.End);
            options.Add(
                cue.Start < e && cue.End > s
                    ? (h.Record, h.Start, h.End, h.Rank)
                    : (h.Record, cue.Start, cue.End, 100 + h.Rank)
            );
        }
        foreach (var i in ctx.Mentions.Where(i => ctx.Record(i).Channel != Channel.Analytics && HasPain(ctx, i, pain)))
        {
            var cue = PainCue(ctx, i, pain);
            options.Add((i, cue.Start, cue.End, OnTouchpoint(ctx, i, cue) ? 500 : 1000));
        }
        var quotes = new List<EvidenceQuote>();
        foreach (
            var o in options
                // A record that shows the remedy's words with the pain beats a fresh record that shows only the pain.
                .OrderBy(o => o.Rank >= 500)
                .ThenBy(o => usedRecords.Contains(o.Record))
                .ThenBy(o => o.Rank)
                .ThenBy(o => ctx.Analysis.Annotations[o.Record].Sentiment)
                .ThenBy(o => ctx.Record(o.Record).Id, StringComparer.Ordinal)
        )
        {
            if (quotes.Count == 2)
            {
                break;
            }
            if (quotes.Any(q => q.EvidenceId == ctx.Record(o.Record).Id))
            {
                continue;
            }
            var quote = QuoteSelector.Around(ctx.Record(o.Record), o.Start, o.End);
            if (quotes.Any(q => q.Text == quote.Text))
            {
                continue;
            }
            quotes.Add(EvidenceQuote.Of(quote.Record, quote.Start, quote.End));
            usedRecords.Add(o.Record);
        }
        return quotes;
    }

    /// <summary>The record's cue for the pain, one in a sentence about this touchpoint when there is one.</summary>
    private static Core.Annotations.Cue PainCue(TouchpointContext ctx, int record, string pain)
    {
        var cues = ctx
            .Analysis.Annotations[record]
            .Cues.Where(c => c.Label == Core.Annotations.CueLabels.Pain + pain)
            .ToList();
        return cues.FirstOrDefault(c => OnTouchpoint(ctx, record, c)) ?? cues[0];
    }

    /// <summary>Whether the cue's sentence holds a mention of this touchpoint.</summary>
    private static bool OnTouchpoint(TouchpointContext ctx, int record, Core.Annotations.Cue cue)
    {
        var (s, e) = HypothesisSpecifics.Sentence(ctx.Record(record).Text, cue.Start, cue.End);
        return ctx
            .Analysis.Annotations[record]
            .Touchpoints.Any(m =>
                m.TouchpointId == ctx.Score.TouchpointId && m.End > m.Start && m.Start < e && m.End > s
            );
    }

    private static bool HasPain(TouchpointContext ctx, int record, string pain) =>
        HypothesisBaselines.HasPain(ctx.Analysis.Annotations[record], pain);

    // "NPS of …" keeps its acronym; "Share of …" reads "share of …" inside a sentence.
    private static string Lower(string s) =>
        s.Length == 0 || s.Length > 1 && char.IsUpper(s[1]) ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
