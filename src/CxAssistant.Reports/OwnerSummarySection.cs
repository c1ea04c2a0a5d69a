using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "## At a glance": the one page an owner reads in five minutes, in plain words: how customers feel, what they love,
/// the three things to fix in priority order with why and one customer's words each, the quick wins (one meaning:
/// a low-effort change for a pain that is easy to fix, as the backlog marks them), the biggest segment difference when
/// it is unlikely to be chance, and how sure the figures are. Every number is the core's.
/// </summary>
public static class OwnerSummarySection
{
    private const int MaxQuote = 180;

    public static void Write(StringBuilder sb, AnalysisResult analysis, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        var scoring = analysis.Scoring;
        sb.AppendLine("## At a glance").AppendLine();
        if (scoring.Overall.Nps is { } nps)
        {
            var mood =
                nps.Score > 0 ? "more customers recommend you than warn others off"
                : nps.Score < 0 ? "more customers warn others off than recommend you"
                : "as many customers warn others off as recommend you";
            sb.Append("**How customers feel:** ")
                .Append(mood)
                .Append(" (NPS ")
                .Append(Signed(nps.Score))
                .Append(" from ")
                .Append(nps.Responses)
                .AppendLine(" answers).")
                .AppendLine();
        }
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        WriteLoved(sb, analysis, options, quoted);
        WriteFixFirst(sb, analysis, options, quoted);
        WriteQuickWins(sb, analysis);
        WriteSegment(sb, scoring);
        var thin = scoring.Touchpoints.Count(t => t.Mentions > 0 && t.ThinEvidence);
        sb.Append("**How sure we are:** ").Append(analysis.Records.Count).Append(" pieces of feedback");
        if (scoring.Overall.Nps is { } n)
        {
            sb.Append("; overall NPS is within ")
                .Append(Signed(n.Low))
                .Append(" to ")
                .Append(Signed(n.High))
                .Append(" (95 %)");
        }
        sb.Append(thin > 0 ? $"; {thin} touchpoint(s) have too little feedback to measure and are marked ⚠ below" : "")
            .AppendLine(". The full analysis follows; the technical terms are explained at the end.")
            .AppendLine();
    }

    private static void WriteLoved(
        StringBuilder sb,
        AnalysisResult analysis,
        ReportOptions options,
        HashSet<string> quoted
    )
    {
        var loved = SummarySection.Loved(analysis, 2, analysis.FixFirst(Math.Min(3, options.Top)));
        if (loved.Count == 0)
        {
            return;
        }
        sb.AppendLine("**What customers love:**").AppendLine();
        foreach (var t in loved)
        {
            sb.Append("- ")
                .Append(SummarySection.Name(analysis, t.TouchpointId))
                .Append(Quote(analysis, t.TouchpointId, positive: true, quoted))
                .AppendLine();
        }
        sb.AppendLine();
    }

    private static void WriteFixFirst(
        StringBuilder sb,
        AnalysisResult analysis,
        ReportOptions options,
        HashSet<string> quoted
    )
    {
        var fix = analysis.FixFirst(Math.Min(3, options.Top));
        if (fix.Count == 0)
        {
            sb.Append("**Fix first:** nothing: ").Append(FixFirstList.NothingToFix).AppendLine(".").AppendLine();
            return;
        }
        sb.Append("**Fix these first** (")
            .Append(analysis.MostlyPositive() ? FixFirstList.MostlyPositiveNote + "; " : "")
            .AppendLine(
                "highest priority first; priority 0–100 weighs how often it goes wrong and how bad it feels, how many "
                    + "customers meet it and how much it matters to the business; "
                    + "touchpoints with too little feedback come "
                    + "after the rest):"
            )
            .AppendLine();
        for (var i = 0; i < fix.Count; i++)
        {
            var t = fix[i];
            var pains = TouchpointEvidence
                .PainCounts(analysis, t.TouchpointId)
                .Take(2)
                .Select(p => TopTouchpointsSection.PainName(p.Pain))
                .ToList();
            sb.Append(i + 1)
                .Append(". **")
                .Append(SummarySection.Name(analysis, t.TouchpointId))
                .Append("** (priority ")
                .Append(Num(t.Priority))
                .Append("): ")
                .Append(FixFirstList.Complaints(t))
                .Append(pains.Count > 0 ? ", mostly about " + string.Join(" and ", pains) : "")
                .Append(t.NpsImpact is { } impact and > 0 ? $"; NPS could rise by up to {Num(impact, 1)} points" : "")
                .Append(
                    i > 0 && t.Priority > fix[i - 1].Priority
                        ? $" (listed after {SummarySection.Name(analysis, fix[i - 1].TouchpointId)}: less feedback)"
                        : ""
                )
                .Append('.')
                .Append(Quote(analysis, t.TouchpointId, positive: false, quoted))
                .AppendLine();
        }
        sb.AppendLine();
    }

    private static void WriteQuickWins(StringBuilder sb, AnalysisResult analysis) =>
        sb.Append("**Quick wins** (")
            .Append(QuickWinMeaning)
            .Append("): ")
            .AppendLine(QuickWins(analysis))
            .AppendLine();

    /// <summary>What "quick win" means everywhere in the report.</summary>
    public const string QuickWinMeaning =
        "low-effort changes for an easy-to-fix pain that at least 7 % of a touchpoint's mentions raise";

    /// <summary>The backlog's quick wins as one line (the summary and this page say the same).</summary>
    public static string QuickWins(AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var wins = analysis.Hypotheses?.All.Where(h => h.QuickWin).Take(3).ToList() ?? [];
        return wins.Count == 0
            ? "none in the backlog."
            : string.Join("; ", wins.Select(h => WithTouchpoint(analysis, h))) + ".";
    }

    // A title that already names its touchpoint (titles carry the touchpoint's own figure) is not followed by it again.
    private static string WithTouchpoint(AnalysisResult analysis, ImprovementHypothesis h)
    {
        var name = analysis.Catalog.Find(h.TouchpointId)?.Name ?? h.TouchpointId;
        return h.Title.Contains(name, StringComparison.OrdinalIgnoreCase)
            ? Escape(h.Title)
            : $"{Escape(h.Title)} ({SummarySection.Name(analysis, h.TouchpointId)})";
    }

    private static void WriteSegment(StringBuilder sb, ScoringResult scoring)
    {
        if (SegmentDifference.Largest(scoring.Segments) is not { } f)
        {
            return;
        }
        var (high, low) = (f.High.Metrics.Nps!, f.Low.Metrics.Nps!);
        sb.Append("**Biggest difference between groups:** ")
            .Append(Escape(f.Field.Replace('_', ' ')))
            .Append(' ')
            .Append(Escape(f.Low.Value))
            .Append(" has NPS ")
            .Append(Signed(low.Score))
            .Append(" (")
            .Append(low.Responses)
            .Append(" answers) against ")
            .Append(Escape(f.High.Value))
            .Append(' ')
            .Append(Signed(high.Score))
            .Append(" (")
            .Append(high.Responses)
            .AppendLine(" answers); a gap this large is unlikely to be chance (two-sample test, 95 %).")
            .AppendLine();
    }

    /// <summary>
    /// One customer's words about the touchpoint: the most negative (or positive) short mention not quoted yet.
    /// </summary>
    private static string Quote(AnalysisResult analysis, string touchpointId, bool positive, HashSet<string> quoted)
    {
        var best = Enumerable
            .Range(0, analysis.Records.Count)
            .Select(i => (Record: analysis.Records[i], Annotation: analysis.Annotations[i]))
            .Where(x =>
                x.Record.IsCustomerVoice
                && x.Record.Text.Length is > 20 and <= MaxQuote
                && x.Annotation.Touchpoints.Any(t => t.TouchpointId == touchpointId)
                && x.Annotation.SentimentLabel == (positive ? SentimentLabel.Positive : SentimentLabel.Negative)
            )
            .OrderBy(x => positive ? -x.Annotation.Sentiment : x.Annotation.Sentiment)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal)
            .Select(x => x.Record)
            .FirstOrDefault(r => !quoted.Contains(r.Id));
        if (best is not null)
        {
            quoted.Add(best.Id);
        }
        return best is null ? "" : $" “{Escape(best.Text.Trim())}” — _{Escape(best.Source.File)}:{best.Source.Line}_";
    }
}
