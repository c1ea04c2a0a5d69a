using System.Text;
using CxAssistant.Core.Analysis;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>Warnings, skipped inputs and the sources read, so a reader knows what the numbers stand on.</summary>
internal static class DataQualitySection
{
    public const int MaxSkippedListed = 50;

    public static void Write(StringBuilder sb, AnalysisResult analysis)
    {
        sb.AppendLine("## Data quality").AppendLine();
        var warnings = analysis.Warnings.Concat(analysis.Scoring.Warnings).ToList();
        if (warnings.Count == 0 && analysis.Skipped.Count == 0) sb.AppendLine("No warnings.");
        foreach (var warning in warnings) sb.Append("- ").AppendLine(Escape(warning));
        if (analysis.Skipped.Count > 0)
        {
            sb.AppendLine().Append("**Skipped inputs** (").Append(analysis.Skipped.Count).AppendLine("):").AppendLine();
            foreach (var skipped in analysis.Skipped.Take(MaxSkippedListed)) sb.Append("- ").AppendLine(Escape(skipped.ToString()));
            if (analysis.Skipped.Count > MaxSkippedListed)
                sb.Append("- … and ").Append(analysis.Skipped.Count - MaxSkippedListed).AppendLine(" more (see analysis.json).");
        }
        if (analysis.MeaningEncoder is { } encoder) sb.AppendLine().AppendLine(Escape(encoder));
        sb.AppendLine().AppendLine("### Sources").AppendLine();
        sb.AppendLine("| File | Format | Items | Skipped | Columns used |");
        sb.AppendLine("|---|---|---:|---:|---|");
        foreach (var source in analysis.Sources)
            sb.Append("| ").Append(Escape(source.File)).Append(" | ").Append(Escape(source.Format)).Append(" | ").Append(source.Records)
              .Append(" | ").Append(source.Skipped).Append(" | ")
              .Append(Escape(string.Join(", ", source.ColumnMapping.Select(kv => $"{kv.Key}={kv.Value}")))).AppendLine(" |");
        sb.AppendLine();
    }
}
