using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// The offline hypothesis drafter (seed 004 step 6): for each prioritised touchpoint, five remedies from the catalogue
/// that fit its pains and its customers' words, filled with this business's figures, each with a baseline computed
/// by the core. Deterministic: the same analysis gives the same backlog.
/// </summary>
public static class HypothesisDrafter
{
    /// <summary>
    /// Hypotheses for the touchpoints the report says to fix first (<see cref="PriorityRanking.FixFirst"/>).
    /// </summary>
    public static HypothesisBacklog Draft(AnalysisResult analysis, HypothesisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Draft(analysis, analysis.FixFirst((options ?? HypothesisOptions.Default).Touchpoints), options);
    }

    public static HypothesisBacklog Draft(
        AnalysisResult analysis,
        IReadOnlyList<TouchpointScore> prioritised,
        HypothesisOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(prioritised);
        options ??= HypothesisOptions.Default;
        var catalogue = options.Catalogue ?? RemedyCatalogue.Default;
        var partners = HypothesisSpecifics.Partners(analysis);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<TouchpointHypotheses>();
        var business = Touchpoints.BusinessKinds.ForCatalog(analysis.Catalog.Name).Preset;
        var wording = catalogue.WordingFor(business);
        var shown = TouchpointContext.ShownKinds(analysis, catalogue.Industry, business);
        var contexts = prioritised
            .Select(score =>
                TouchpointContext.Build(analysis, score, partners) with
                {
                    Business = business,
                    Wording = wording,
                    Shown = shown,
                }
            )
            .ToList();
        for (var i = 0; i < contexts.Count; i++)
        {
            // A remedy is kept for a later touchpoint of its own first type ("card controls" for Cards, a fraud-claim
            // tracker for Fraud and security) rather than spent on an earlier one it merely also fits.
            var reserved = Reserved(catalogue, contexts[i], contexts.Skip(i + 1));
            var group = ForTouchpoint(
                contexts[i],
                catalogue,
                options.PerTouchpoint,
                used.Concat(reserved).ToHashSet(StringComparer.Ordinal)
            );
            used.UnionWith(group.Hypotheses.Select(h => h.RemedyId ?? ""));
            groups.Add(group);
        }
        return new HypothesisBacklog(groups);
    }

    private static IEnumerable<string> Reserved(
        RemedyCatalogue catalogue,
        TouchpointContext here,
        IEnumerable<TouchpointContext> later
    )
    {
        var laterKinds = later.SelectMany(c => c.Kinds).ToHashSet(StringComparer.Ordinal);
        return catalogue
            .Remedies.Where(r =>
                !r.IsGeneral
                && r.Touchpoints[0] != Remedy.Any
                && !here.Kinds.Contains(r.Touchpoints[0])
                && laterKinds.Contains(r.Touchpoints[0])
            )
            .Select(r => r.Id);
    }

    private static TouchpointHypotheses ForTouchpoint(
        TouchpointContext ctx,
        RemedyCatalogue catalogue,
        int count,
        IReadOnlySet<string> usedElsewhere
    )
    {
        // Another industry's remedy wording is left out before choosing, so the next remedy takes its slot.
        var matched = RemedyMatcher.Match(ctx, catalogue, usedElsewhere);
        var fitting = matched.Where(c => Foreign(catalogue, ctx, c.Title, c.Change, c.Resources).Count == 0).ToList();
        // A draft with template debris ("{slot}", "the the", "nPS") is never rendered: its remedy is left out and the
        // choice made again, so the next remedy takes its slot.
        var debris = new List<string>();
        while (true)
        {
            var drafts = Write(ctx, RemedySelector.Select(ctx, fitting, count));
            var bad = drafts
                .Select(d =>
                    (
                        d.Candidate,
                        Problems: HypothesisDebris
                            .Find(d.Hypothesis)
                            .Concat(
                                Foreign(catalogue, ctx, d.Hypothesis.Title, d.Hypothesis.Change, d.Hypothesis.Resources)
                            )
                            .ToList()
                    )
                )
                .Where(d => d.Problems.Count > 0)
                .ToList();
            if (bad.Count == 0)
            {
                var hypotheses = drafts.Select(d => d.Hypothesis).ToList();
                var reason =
                    hypotheses.Count < count
                        ? Reason(ctx, hypotheses.Count, matched.Count - fitting.Count - debris.Count, debris)
                        : null;
                return new TouchpointHypotheses(ctx.Score.TouchpointId, hypotheses, reason);
            }
            debris.AddRange(bad.Select(b => b.Problems[0]));
            fitting.RemoveAll(c => bad.Any(b => b.Candidate == c));
        }
    }

    private static List<(RemedyCandidate Candidate, ImprovementHypothesis Hypothesis)> Write(
        TouchpointContext ctx,
        IReadOnlyList<(RemedyCandidate Candidate, string Pain)> chosen
    )
    {
        var quoted = new HashSet<int>();
        var baselines = new HashSet<string>(StringComparer.Ordinal);
        // Order first (quick wins, then impact against effort) so the best bet gets the strongest quote and id h1.
        return chosen
            .Select(c => (c.Candidate, c.Pain, Share: ctx.PainCount(c.Pain)))
            .OrderByDescending(c =>
                ImprovementHypothesis.IsQuickWin(
                    c.Candidate.Remedy.Effort,
                    HypothesisWriter.ImpactLevel(ctx.PainShare(c.Pain)),
                    c.Pain
                )
            )
            .ThenByDescending(c => c.Share)
            .ThenBy(c => c.Candidate.Remedy.Effort)
            .ThenByDescending(c => c.Candidate.Score)
            .ToList()
            .Select(
                (c, i) =>
                    (
                        c.Candidate,
                        HypothesisWriter.Write(ctx, c.Candidate, c.Pain, quoted, baselines) with
                        {
                            Id = $"{ctx.Score.TouchpointId}-h{i + 1}",
                        }
                    )
            )
            .ToList();
    }

    /// <summary>
    /// Words of another industry ("product pages" at a hotel, "arrival window" at a clinic): of a kind other than the
    /// preset's, or of a kind this business's own records do not show.
    /// </summary>
    private static IReadOnlyList<string> Foreign(
        RemedyCatalogue catalogue,
        TouchpointContext ctx,
        params string[] texts
    ) =>
        [
            .. catalogue
                .Foreign(string.Join(" ", texts), ctx.Business, ctx.Shown.Contains)
                .Select(w => $"'{w}' is another industry's word"),
        ];

    /// <summary>Why a touchpoint has fewer than five hypotheses, in the report's words.</summary>
    private static string Reason(TouchpointContext ctx, int drafted, int foreign, IReadOnlyList<string> debris)
    {
        var most = ctx.Pains.FirstOrDefault() is { } p ? $" (mostly {Core.Annotations.PainNames.About(p.Pain)})" : "";
        var why = new List<string>
        {
            $"only {drafted} of the remedies in the catalogue fit what customers say about {ctx.Name}{most} "
                + "without repeating one proposed for another touchpoint",
        };
        if (foreign > 0)
        {
            why.Add($"{foreign} more were written for other kinds of business");
        }
        if (debris.Count > 0)
        {
            why.Add($"{debris.Count} more did not fill cleanly ({debris[0]})");
        }
        return string.Join("; ", why);
    }
}
