using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>Turns a chosen remedy into a complete hypothesis: baseline from the core, target, method, kill criterion, quotes.</summary>
internal static class HypothesisWriter
{
    public static ImprovementHypothesis Write(TouchpointContext ctx, RemedyCandidate candidate, string pain, ISet<int> usedRecords)
    {
        var remedy = candidate.Remedy;
        var id = ctx.Score.TouchpointId;
        var baseline = HypothesisBaselines.Compute(ctx.Analysis, id, remedy.Metric, pain, ctx.MentionAnnotations)
            ?? HypothesisBaselines.Compute(ctx.Analysis, id, BaselineKind.PainShare, pain, ctx.MentionAnnotations)!;
        var name = HypothesisMetrics.Name(baseline, ctx.Name);
        var addressed = ctx.PainCount(pain);
        var share = ctx.Mentions.Count == 0 ? 0 : (double)addressed / ctx.Mentions.Count;
        var quotes = Quotes(ctx, candidate, pain, usedRecords);
        var tracked = HypothesisAnalytics.Tracked(ctx.Analysis, remedy);
        return new ImprovementHypothesis
        {
            Id = "",
            TouchpointId = id,
            Title = candidate.Title,
            Pain = pain,
            Change = candidate.Change,
            Resources = candidate.Resources,
            SuccessMetric = new SuccessMetric(name, baseline, HypothesisMetrics.Target(baseline), Method(ctx, remedy, baseline, name, tracked)),
            UnintendedConsequences = remedy.Consequences,
            Effort = remedy.Effort,
            ExpectedImpact = new ExpectedImpact(Level(share), addressed, ctx.Mentions.Count, ctx.Score.NpsImpact),
            KillCriterion = HypothesisMetrics.Kill(baseline, name, remedy.Weeks, remedy.Measure),
            Evidence = tracked is null ? quotes : [.. quotes, tracked],
            Specifics = candidate.Specifics,
            PainCounts = [.. ctx.Pains.Where(p => p.Pain == pain).Concat(ctx.Pains.Where(p => p.Pain != pain).Take(2))],
            RemedyId = remedy.Id,
            Provenance = Provenance.Offline,
        };
    }

    /// <summary>A fifth of the mentions or more is high, a tenth medium: what one change at one touchpoint can plausibly move.</summary>
    private static HypothesisLevel Level(double share) => share switch
    {
        >= 0.15 => HypothesisLevel.High,
        >= 0.07 => HypothesisLevel.Medium,
        _ => HypothesisLevel.Low,
    };

    private static string Method(TouchpointContext ctx, Remedy remedy, HypothesisBaseline baseline, string name, EvidenceQuote? tracked)
    {
        var compare = baseline.Kind is BaselineKind.Nps or BaselineKind.DetractorShare or BaselineKind.Csat
            ? $"Compare the {Lower(name)} in the same survey for the {remedy.Weeks} weeks before and after the change"
            : $"Re-run cx analyze on the same sources for the {remedy.Weeks} weeks before and after the change and compare the {Lower(name)} (same annotation rules, so the figures are comparable)";
        var measure = remedy.Measure is { } m ? $"; track the {HypothesisTemplate.Fill(m, new Dictionary<string, string> { ["touchpoint"] = ctx.Name }) ?? m} weekly alongside" : "";
        var thin = baseline.N < 30 ? $". With n={baseline.N}, read a change as a signal, not proof" : "";
        var already = tracked is null ? "" : $". Your analytics already report a related figure to start from: \"{tracked.Text}\"";
        return compare + measure + thin + already + ".";
    }

    /// <summary>
    /// Up to two quotes from different records not used by earlier hypotheses of the touchpoint: first the records whose
    /// words matched the remedy and carry the pain, then any matching record, then records carrying the pain; the most
    /// negative first, each the sentence around the matched words.
    /// </summary>
    private static IReadOnlyList<EvidenceQuote> Quotes(TouchpointContext ctx, RemedyCandidate candidate, string pain, ISet<int> usedRecords)
    {
        var options = new List<(int Record, int Start, int End, int Rank)>();
        foreach (var h in candidate.Hits)
            options.Add((h.Record, h.Start, h.End, (HasPain(ctx, h.Record, pain) ? 0 : 100) + h.Rank));
        foreach (var i in ctx.Mentions.Where(i => ctx.Record(i).Channel != Channel.Analytics && HasPain(ctx, i, pain)))
        {
            var cue = ctx.Analysis.Annotations[i].Cues.First(c => c.Label == Core.Annotations.CueLabels.Pain + pain);
            options.Add((i, cue.Start, cue.End, 1000));
        }
        var quotes = new List<EvidenceQuote>();
        foreach (var o in options.OrderBy(o => usedRecords.Contains(o.Record)).ThenBy(o => o.Rank)
                     .ThenBy(o => ctx.Analysis.Annotations[o.Record].Sentiment).ThenBy(o => ctx.Record(o.Record).Id, StringComparer.Ordinal))
        {
            if (quotes.Count == 2) break;
            if (quotes.Any(q => q.EvidenceId == ctx.Record(o.Record).Id)) continue;
            var quote = QuoteSelector.Around(ctx.Record(o.Record), o.Start, o.End);
            if (quotes.Any(q => q.Text == quote.Text)) continue;
            quotes.Add(EvidenceQuote.Of(quote.Record, quote.Start, quote.End));
            usedRecords.Add(o.Record);
        }
        return quotes;
    }

    private static bool HasPain(TouchpointContext ctx, int record, string pain) => HypothesisBaselines.HasPain(ctx.Analysis.Annotations[record], pain);

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
