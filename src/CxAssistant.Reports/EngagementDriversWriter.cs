using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Metrics;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>The key-driver table and the importance × performance quadrants of the engagement section.</summary>
internal static class EngagementDriversWriter
{
    public static void Write(StringBuilder sb, EngagementAnalysis engagement, AnalysisResult analysis)
    {
        sb.AppendLine("### Key drivers").AppendLine();
        if (engagement.KeyDrivers is not { } kd)
        {
            sb.AppendLine("No NPS or star ratings in the data, so no key-driver analysis.").AppendLine();
            return;
        }
        var regression = kd.Method == KeyDriverResult.Regression;
        sb.Append("What moves ")
            .Append(kd.Outcome)
            .Append(" per customer (n = ")
            .Append(kd.N)
            .Append("): ")
            .Append(
                regression
                    ? $"multiple regression on per-touchpoint sentiment, R² = "
                        + $"{Num(kd.RSquared ?? 0, 2)}. Effect = standardised coefficient."
                    : "simple correlations with per-touchpoint sentiment. Effect = correlation r."
            )
            .AppendLine();
        if (kd.Note is { } note)
        {
            sb.AppendLine().Append("_").Append(Escape(note)).AppendLine("_");
        }
        sb.AppendLine();
        if (kd.Drivers.Count == 0)
        {
            return;
        }
        sb.AppendLine(
            regression ? "| Touchpoint | Effect | Coefficient | p | n | r |" : "| Touchpoint | Effect (r) | p | n |"
        );
        sb.AppendLine(regression ? "|---|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|");
        foreach (var d in kd.Drivers)
        {
            sb.Append("| ").Append(Escape(Name(d.TouchpointId, analysis))).Append(" | ").Append(Signed(d.Effect, 2));
            if (regression)
            {
                sb.Append(" | ").Append(Signed(d.Coefficient ?? 0, 2));
            }
            sb.Append(" | ").Append(P(d.PValue)).Append(" | ").Append(d.N);
            if (regression)
            {
                sb.Append(" | ").Append(Signed(d.Correlation, 2));
            }
            sb.AppendLine(" |");
        }
        sb.AppendLine();
        WriteQuadrants(sb, engagement.Quadrants, analysis);
    }

    private static void WriteQuadrants(
        StringBuilder sb,
        IReadOnlyList<ImportancePerformancePoint> points,
        AnalysisResult analysis
    )
    {
        if (points.Count == 0)
        {
            return;
        }
        sb.AppendLine("### Importance × performance").AppendLine();
        sb.AppendLine(
                "How much each touchpoint moves the score (its effect above) against how customers feel about it."
            )
            .AppendLine();
        foreach (var group in points.GroupBy(p => p.Quadrant))
        {
            sb.Append("- **")
                .Append(Title(group.Key))
                .Append("**: ")
                .AppendLine(
                    string.Join(
                        "; ",
                        group.Select(p =>
                            (
                                $"{Escape(Name(p.TouchpointId, analysis))} ({Matters(p.Importance)}, "
                                + $"{Feeling(p.Performance)})"
                            )
                        )
                    )
                );
        }
        sb.AppendLine();
    }

    /// <summary>The driver effect in words (standardised coefficient or correlation).</summary>
    internal static string Matters(double effect) =>
        effect switch
        {
            >= 0.3 => "matters a lot",
            >= 0.15 => "matters",
            > 0.05 => "matters a little",
            > -0.05 => "makes no difference",
            _ => "goes against the score",
        };

    /// <summary>Mean sentiment in words.</summary>
    internal static string Feeling(double sentiment) =>
        sentiment switch
        {
            >= 0.3 => "customers like it",
            >= 0.1 => "customers mostly like it",
            > -0.1 => "feelings mixed",
            > -0.3 => "customers mostly dislike it",
            _ => "customers dislike it",
        };

    private static string Title(ImportancePerformanceQuadrant q) =>
        q switch
        {
            ImportancePerformanceQuadrant.FixNow => "Fix now",
            ImportancePerformanceQuadrant.KeepUp => "Keep up",
            ImportancePerformanceQuadrant.OverInvested => "Over-invested",
            _ => "Low priority",
        };

    private static string P(double p) => p < 0.001 ? "< 0.001" : Num(p, 3);

    private static string Name(string touchpointId, AnalysisResult analysis) =>
        analysis.Catalog.Find(touchpointId)?.Name ?? touchpointId;
}
