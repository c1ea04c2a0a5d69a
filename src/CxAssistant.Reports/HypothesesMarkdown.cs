using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>backlog.md: the improvement hypotheses as a standalone document a team can work from.</summary>
public static class HypothesesMarkdown
{
    public static string Render(
        HypothesisBacklog backlog,
        AnalysisResult analysis,
        string title = "Improvement hypotheses"
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Escape(title)).AppendLine();
        sb.Append("_Generated ")
            .Append(
                analysis.GeneratedAt.UtcDateTime.ToString(
                    "yyyy-MM-dd HH:mm",
                    System.Globalization.CultureInfo.InvariantCulture
                )
            )
            .Append(" UTC from ")
            .Append(analysis.Records.Count)
            .Append(" evidence items; provenance: ")
            .Append(
                Escape(
                    string.Join(
                        ", ",
                        backlog
                            .All.Select(h => h.Provenance.Source)
                            .Distinct(StringComparer.Ordinal)
                            .DefaultIfEmpty("none")
                    )
                )
            )
            .AppendLine("._")
            .AppendLine();
        HypothesesSection.Write(sb, backlog, analysis, heading: "##");
        return sb.ToString();
    }
}
