using System.Text;
using CxAssistant.Core.Analysis;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>Metrics per segment (metadata columns such as plan, region, visit type).</summary>
internal static class SegmentsSection
{
    public static void Write(StringBuilder sb, AnalysisResult analysis)
    {
        var segments = analysis.Scoring.Segments;
        if (segments.Count == 0)
        {
            return;
        }
        sb.AppendLine("## Segments").AppendLine();
        sb.AppendLine("| Segment | Value | Items | Mean sentiment | NPS | CSAT | Rating |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var s in segments)
        {
            var m = s.Metrics;
            sb.Append("| ")
                .Append(Escape(s.Field))
                .Append(" | ")
                .Append(Escape(s.Value))
                .Append(" | ")
                .Append(m.Records)
                .Append(" | ")
                .Append(Signed(s.MeanSentiment, 2))
                .Append(" | ")
                .Append(m.Nps is { } nps ? $"{Signed(nps.Score)} (n={nps.Responses})" : "–")
                .Append(" | ")
                .Append(m.Csat is { } csat ? $"{Num(csat.Percent)}%" : "–")
                .Append(" | ")
                .Append(m.Rating is { } r ? Num(r.Mean, 1) + "★" : "–")
                .AppendLine(" |");
        }
        sb.AppendLine();
    }
}
