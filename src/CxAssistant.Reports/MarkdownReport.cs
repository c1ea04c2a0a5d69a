using System.Text;
using CxAssistant.Core.Analysis;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// report.md: readable on GitHub and the source of report.html. Every customer word goes through
/// <see cref="MarkdownText.Escape"/>; every number comes from the scoring core.
/// </summary>
public static class MarkdownReport
{
    public static string Render(AnalysisResult analysis, ReportOptions options)
    {
        var sb = new StringBuilder();
        sb.Append("# Customer experience analysis: ").AppendLine(Escape(options.Title)).AppendLine();
        var sourceCount = analysis.Sources.Count;
        sb.Append("_Generated ")
            .Append(
                analysis.GeneratedAt.ToString(
                    "yyyy-MM-dd HH:mm 'UTC'",
                    System.Globalization.CultureInfo.InvariantCulture
                )
            )
            .Append(" by CxAssistant, ")
            .Append(Escape(options.Provider))
            .Append(". ")
            .Append(analysis.Records.Count)
            .Append(" evidence items from ")
            .Append(sourceCount)
            .Append(sourceCount == 1 ? " source" : " sources")
            .Append("; touchpoints from ")
            .Append(Escape(analysis.CatalogSource))
            .AppendLine("._")
            .AppendLine();

        // What changed since the period before leads: it is what a team reading the report every month looks for first.
        AlertsSection.Write(sb, Core.Alerts.AlertRules.Check(analysis, options.Alerts));
        WhatChangedSection.Write(sb, analysis);
        OwnerSummarySection.Write(sb, analysis, options);
        SummarySection.Write(sb, analysis, options);
        TopTouchpointsSection.Write(sb, analysis, options);
        if (analysis.Hypotheses is { } hypotheses)
        {
            HypothesesSection.Write(sb, hypotheses, analysis);
        }
        WriteScoreTable(sb, analysis);
        WriteMap(sb, analysis);
        StageOutcomesSection.Write(sb, analysis);
        WriteDiscovered(sb, analysis);
        // The full cards are in personas.md; the report keeps who they are and links there.
        if (analysis.Personas.Count > 0)
        {
            PersonasSection.WriteBrief(sb, analysis.Personas, analysis);
        }
        if (analysis.Jobs is { } jobs)
        {
            JobsSection.Write(sb, jobs, analysis);
        }
        // The state machines in full are in job-states.md; the report keeps where customers get stuck.
        if (analysis.JobStates.Count > 0)
        {
            JobStatesSection.WriteBrief(sb, analysis.JobStates, analysis);
        }
        if (analysis.Engagement is { } engagement)
        {
            EngagementSection.Write(sb, engagement, analysis);
        }
        ActionabilitySection.Write(sb, analysis);
        SegmentsSection.Write(sb, analysis);
        DataQualitySection.Write(sb, analysis);
        WriteHowToRead(sb);
        return sb.ToString();
    }

    private static void WriteScoreTable(StringBuilder sb, AnalysisResult analysis)
    {
        sb.AppendLine("## Touchpoint scores").AppendLine();
        sb.AppendLine(
            "| # | Touchpoint | Stage | Mentions | Emotional impact | Functional "
                + "performance | Frequency | Business impact | Priority | NPS impact |"
        );
        sb.AppendLine("|---|---|---|---:|---|---|---|---|---:|---:|");
        var rank = 0;
        foreach (var s in analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0))
        {
            var tp = analysis.Catalog.Find(s.TouchpointId);
            sb.Append("| ")
                .Append(++rank)
                .Append(" | ")
                .Append(Escape(tp?.Name ?? s.TouchpointId))
                .Append(tp?.Origin == Core.Touchpoints.TouchpointOrigin.Discovered ? " _(discovered)_" : "")
                .Append(s.ThinEvidence ? " ⚠" : "")
                .Append(" | ")
                .Append(tp?.Stage.ToString().ToLowerInvariant() ?? "")
                .Append(" | ")
                .Append(s.Mentions)
                .Append(" | ")
                .Append(s.EmotionalImpact.Level)
                .Append(" (")
                .Append(Signed(s.EmotionalImpact.Value, 2))
                .Append(')')
                .Append(" | ")
                .Append(s.FunctionalPerformance.Level)
                .Append(" (")
                .Append(Percent(s.FunctionalPerformance.Value))
                .Append(')')
                .Append(" | ")
                .Append(s.Frequency.Level)
                .Append(" (")
                .Append(Percent(s.Frequency.Value, 1))
                .Append(')')
                .Append(" | ")
                .Append(s.BusinessImpact.Level)
                .Append(" (")
                .Append(Num(s.BusinessImpact.Value, 2))
                .Append(')')
                .Append(" | ")
                .Append(Num(s.Priority))
                .Append(" | ")
                .Append(s.NpsImpact is { } n ? Signed(n, 1) : "–")
                .AppendLine(" |");
        }
        if (rank == 0)
        {
            sb.AppendLine("| | _No evidence matched any touchpoint._ | | | | | | | | |");
        }
        sb.AppendLine()
            .AppendLine(
                "⚠ = thin evidence (fewer mentions than the confidence threshold): read as a signal, not a measurement."
            )
            .AppendLine();
    }

    private static void WriteMap(StringBuilder sb, AnalysisResult analysis)
    {
        var network = analysis.Scoring.Network;
        sb.AppendLine("## Touchpoint map").AppendLine();
        sb.AppendLine(
            network.FromTimelines
                ? "Arrows show the order in which customers met touchpoints (from "
                    + "customer ids and timestamps); numbers are customers. Hexagons are "
                    + "critical moments; colour is emotional impact (red negative, green "
                    + "positive)."
                : "Lines join touchpoints mentioned in the same feedback (no customer "
                    + "timelines in the data); numbers are items. Hexagons are critical "
                    + "moments; colour is emotional impact (red negative, green positive)."
        );
        sb.AppendLine().Append(MermaidMap.Render(analysis)).AppendLine();
        if (network.CriticalMoments.Count > 0)
        {
            sb.AppendLine("**Critical moments** (where customers decide or drop out):").AppendLine();
            foreach (var moment in network.CriticalMoments)
            {
                sb.Append("- **")
                    .Append(Escape(analysis.Catalog.Find(moment.TouchpointId)?.Name ?? moment.TouchpointId))
                    .Append("**: ")
                    .AppendLine(Escape(moment.Reason));
            }
            sb.AppendLine();
        }
    }

    private static void WriteDiscovered(StringBuilder sb, AnalysisResult analysis)
    {
        var discovered = analysis
            .Catalog.Touchpoints.Where(t => t.Origin == Core.Touchpoints.TouchpointOrigin.Discovered)
            .ToList();
        sb.AppendLine("## Discovered touchpoints").AppendLine();
        if (discovered.Count == 0)
        {
            sb.AppendLine("No frequent theme fell outside the catalog.").AppendLine();
            return;
        }
        sb.AppendLine(
                "Customers talk about these, but the catalog does not list them (seed "
                    + "question: _what touchpoints are customers actually experiencing that "
                    + "we might be missing?_)."
            )
            .AppendLine();
        foreach (var tp in discovered)
        {
            var score = analysis.Scoring.Touchpoints.FirstOrDefault(s => s.TouchpointId == tp.Id);
            sb.Append("- **")
                .Append(Escape(tp.Name))
                .Append("** (")
                .Append(score?.Mentions ?? 0)
                .Append(" mentions, emotional impact ")
                .Append(score is null ? "–" : Signed(score.EmotionalImpact.Value, 2))
                .Append("): ")
                .AppendLine(Escape(tp.Description));
            var quote = QuoteSelector
                .ForTouchpoint(analysis, tp.Id, 1, score is { EmotionalImpact.Value: < 0 })
                .FirstOrDefault()
                ?? QuoteSelector.ForTouchpoint(analysis, tp.Id, 1, negativeFirst: false).FirstOrDefault();
            if (quote is not null)
            {
                sb.Append("  ").AppendLine(QuoteFormat.Inline(quote));
            }
        }
        sb.AppendLine();
    }

    private static void WriteHowToRead(StringBuilder sb)
    {
        sb.AppendLine("## How to read this report").AppendLine();
        sb.AppendLine(
            "- **Emotional impact** (−1 highly negative … +1 highly positive): "
                + "intensity-weighted sentiment of the feedback that mentions the "
                + "touchpoint."
        );
        sb.AppendLine(
            "- **Functional performance** (fails … does the job perfectly): share "
                + "of mentions without a failure (broken, late, missing, wrong)."
        );
        sb.AppendLine("- **Frequency** (rare … extremely common): share of customers who mention it.");
        sb.AppendLine(
            "- **Business impact** (minimal … mission-critical): journey-stage "
                + "criticality, cancellations and detractors, NPS gap and reach."
        );
        sb.AppendLine(
            "- **Priority** (0–100) combines negativity, reach and business "
                + "impact; **NPS impact** is how far overall NPS would rise if the "
                + "detractors who mention the touchpoint became passives."
        );
        sb.AppendLine(
            "- Formulas and rationale: `docs/scoring.md` in the CxAssistant "
                + "repository. Every quote is a verbatim span of the source record named "
                + "after it."
        );
    }
}
