using System.Globalization;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Personas;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>personas.md: the persona cards on their own, for sharing with a team.</summary>
public static class PersonaCardsMarkdown
{
    public static string Render(IReadOnlyList<PersonaCard> personas, AnalysisResult analysis, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        sb.Append("# Persona cards").AppendLine(title is null ? "" : ": " + Escape(title)).AppendLine();
        sb.Append("_Generated ")
            .Append(analysis.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(" by CxAssistant from ")
            .Append(analysis.Records.Count)
            .AppendLine(
                " evidence items. Every quote is a verbatim span of the source record "
                    + "named after it; every figure is computed from the evidence._"
            )
            .AppendLine();
        PersonasSection.WriteCards(sb, personas, analysis, "##");
        return sb.ToString();
    }
}
