using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Scoring;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "Top touchpoints to fix": for each, the four scores in words, the pains behind them and the customers' own words.
/// </summary>
internal static class TopTouchpointsSection
{
    public static void Write(StringBuilder sb, AnalysisResult analysis, ReportOptions options)
    {
        sb.AppendLine("## Top touchpoints to fix").AppendLine();
        var top = analysis.FixFirst(options.Top);
        if (top.Count == 0)
        {
            sb.Append("In this data ").Append(FixFirstList.NothingToFix).AppendLine(".").AppendLine();
            return;
        }
        if (analysis.MostlyPositive())
        {
            sb.Append(char.ToUpperInvariant(FixFirstList.MostlyPositiveNote[0]))
                .Append(FixFirstList.MostlyPositiveNote[1..])
                .Append(" (the business's average is ")
                .Append(Percent(PriorityRanking.ComplaintBaseline(analysis.Scoring)))
                .AppendLine(" of the customers who mention a touchpoint).")
                .AppendLine();
        }
        var rank = 0;
        foreach (var s in top)
        {
            var tp = analysis.Catalog.Find(s.TouchpointId);
            sb.Append("### ")
                .Append(++rank)
                .Append(". ")
                .AppendLine(SummarySection.Name(analysis, s.TouchpointId))
                .AppendLine();
            if (tp is not null)
            {
                sb.Append('_')
                    .Append(tp.Stage.ToString().ToLowerInvariant())
                    .Append(" stage")
                    .Append(tp.Owner is { } owner ? " · owner: " + Escape(owner) : "")
                    .Append(" · ")
                    .Append(tp.Origin.ToString().ToLowerInvariant())
                    .AppendLine(" touchpoint_")
                    .AppendLine();
            }
            sb.Append("- Emotional impact **")
                .Append(s.EmotionalImpact.Level)
                .Append("** (")
                .Append(Signed(s.EmotionalImpact.Value, 2))
                .Append(", band ")
                .Append(Signed(s.EmotionalImpact.Low, 2))
                .Append(" to ")
                .Append(Signed(s.EmotionalImpact.High, 2))
                .Append(", n=")
                .Append(s.EmotionalImpact.EvidenceCount)
                .AppendLine(")");
            sb.Append("- Functional performance **")
                .Append(s.FunctionalPerformance.Level)
                .Append("** (")
                .Append(Percent(s.FunctionalPerformance.Value))
                .Append(" of mentions without a failure)")
                .AppendLine();
            sb.Append("- Frequency **")
                .Append(s.Frequency.Level)
                .Append("** (")
                .Append(s.Customers)
                .Append(" customers, ")
                .Append(Percent(s.Frequency.Value))
                .AppendLine(" of all)");
            sb.Append("- Complaints: ").Append(FixFirstList.Complaints(s)).AppendLine();
            sb.Append("- Business impact **")
                .Append(s.BusinessImpact.Level)
                .Append("** (")
                .Append(Num(s.BusinessImpact.Value, 2))
                .Append(") · priority **")
                .Append(Num(s.Priority))
                .AppendLine("**/100");
            if (s.NpsImpact is { } impact)
            {
                sb.Append("- NPS impact: if its detractors became passives, overall NPS would rise by **")
                    .Append(Signed(impact, 1))
                    .AppendLine("** points");
            }
            if (s.Metrics.Nps is { } nps)
            {
                sb.Append("- NPS among customers who mention it: ")
                    .Append(Signed(nps.Score))
                    .Append(" (n=")
                    .Append(nps.Responses)
                    .AppendLine(")");
            }
            var pains = TouchpointEvidence.PainCounts(analysis, s.TouchpointId).Take(4).ToList();
            if (pains.Count > 0)
            {
                sb.Append("- Main pains: ")
                    .AppendLine(string.Join(", ", pains.Select(p => $"{PainName(p.Pain)} ({p.Count})")));
            }
            if (s.QuickWin)
            {
                sb.AppendLine(
                    "- **Quick win:** the pains are mostly about communication, clarity or "
                        + "fees, which are cheap to fix."
                );
            }
            if (s.ThinEvidence)
            {
                sb.AppendLine("- ⚠ Thin evidence: treat these scores as a signal.");
            }
            sb.AppendLine();
            foreach (
                var quote in QuoteSelector.ForTouchpoint(
                    analysis,
                    s.TouchpointId,
                    options.QuotesPerTouchpoint,
                    negativeFirst: true
                )
            )
            {
                sb.Append("> ").AppendLine(QuoteFormat.Inline(quote)).AppendLine(">");
            }
            sb.AppendLine();
        }
    }

    public static string PainName(string pain) => PainNames.Of(pain);
}
