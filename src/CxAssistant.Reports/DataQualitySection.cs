using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Corrections;
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
        if (warnings.Count == 0 && analysis.Skipped.Count == 0)
        {
            sb.AppendLine("No warnings.");
        }
        foreach (var warning in warnings)
        {
            sb.Append("- ").AppendLine(Escape(warning));
        }
        if (analysis.Skipped.Count > 0)
        {
            sb.AppendLine().Append("**Skipped inputs** (").Append(analysis.Skipped.Count).AppendLine("):").AppendLine();
            foreach (var skipped in analysis.Skipped.Take(MaxSkippedListed))
            {
                sb.Append("- ").AppendLine(Escape(skipped.ToString()));
            }
            if (analysis.Skipped.Count > MaxSkippedListed)
            {
                sb.Append("- … and ")
                    .Append(analysis.Skipped.Count - MaxSkippedListed)
                    .AppendLine(" more (see analysis.json).");
            }
        }
        if (analysis.Corrections.Count > 0)
        {
            sb.AppendLine().AppendLine(Escape(CorrectionsLine(analysis.Corrections)));
        }
        if (analysis.MeaningEncoder is { } encoder)
        {
            sb.AppendLine().AppendLine(Escape(encoder));
        }
        sb.AppendLine().AppendLine("### Sources").AppendLine();
        sb.AppendLine("| File | Format | Items | Skipped | Columns used |");
        sb.AppendLine("|---|---|---:|---:|---|");
        foreach (var source in analysis.Sources)
        {
            sb.Append("| ")
                .Append(Escape(source.File))
                .Append(" | ")
                .Append(Escape(source.Format))
                .Append(" | ")
                .Append(source.Records)
                .Append(" | ")
                .Append(source.Skipped)
                .Append(" | ")
                .Append(Escape(string.Join(", ", source.ColumnMapping.Select(kv => $"{kv.Key}={kv.Value}"))))
                .AppendLine(" |");
        }
        sb.AppendLine();
    }

    /// <summary>
    /// "5 corrections applied (the team's labels replace the annotator's; provenance "corrected"): …".
    /// </summary>
    internal static string CorrectionsLine(IReadOnlyList<CorrectionOutcome> outcomes)
    {
        var applied = outcomes.Where(o => o.Applied).ToList();
        var parts = applied
            .GroupBy(o => o.Correction.Kind)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {KindText(g.Key, g.Count())}");
        var line =
            $"{applied.Count} correction{(applied.Count == 1 ? "" : "s")} applied (the team's labels replace the "
            + $"annotator's, provenance \"corrected\" in analysis.json)";
        line += applied.Count > 0 ? ": " + string.Join(", ", parts) + "." : ".";
        var unmatched = outcomes.Count - applied.Count;
        return unmatched == 0 ? line : line + $" {unmatched} matched nothing (listed above).";
    }

    private static string KindText(CorrectionKind kind, int n) =>
        kind switch
        {
            CorrectionKind.Touchpoints => n == 1 ? "record's touchpoints" : "records' touchpoints",
            CorrectionKind.Sentiment => n == 1 ? "sentiment" : "sentiments",
            CorrectionKind.Intent => n == 1 ? "intent" : "intents",
            CorrectionKind.Irrelevant => n == 1
                ? "record marked irrelevant and left out"
                : "records marked irrelevant and left out",
            CorrectionKind.RenameTheme => n == 1 ? "theme renamed" : "themes renamed",
            CorrectionKind.SplitTheme => n == 1 ? "theme split in two" : "themes split in two",
            _ => n == 1 ? "theme merged into another" : "themes merged into others",
        };
}
