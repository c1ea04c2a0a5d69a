using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Personas;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "## Personas": one card per persona, pure Markdown (HtmlReport renders it with raw HTML disabled). Every word that
/// came from customers, and every drafted item, goes through <see cref="MarkdownText.Escape"/>; quotes cite file:line
/// and record id as elsewhere in the report.
/// </summary>
public static class PersonasSection
{
    public static void Write(StringBuilder sb, IReadOnlyList<PersonaCard> personas, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(analysis);
        sb.AppendLine("## Personas").AppendLine();
        WriteCards(sb, personas, analysis, "###");
    }

    /// <summary>
    /// The report's short form: who the personas are (share, main pain), the full cards being in personas.md.
    /// </summary>
    public static void WriteBrief(StringBuilder sb, IReadOnlyList<PersonaCard> personas, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(analysis);
        sb.AppendLine("## Personas").AppendLine();
        foreach (var p in personas)
        {
            sb.Append("- **")
                .Append(Escape(p.Name))
                .Append("**: ")
                .Append(p.Share.Customers)
                .Append(" of ")
                .Append(p.Share.TotalCustomers)
                .Append(" customers")
                .Append(p.EvidenceBased ? "" : " (a first sketch: little evidence)");
            if (p.Pains.Count > 0)
            {
                sb.Append("; main pain: ").Append(Escape(p.Pains[0].Text));
            }
            sb.AppendLine(".");
        }
        sb.AppendLine()
            .AppendLine("The full cards (jobs, pains, gains, empathy map, quotes): `personas.md`.")
            .AppendLine();
    }

    internal static void WriteCards(
        StringBuilder sb,
        IReadOnlyList<PersonaCard> personas,
        AnalysisResult analysis,
        string heading
    )
    {
        if (personas.Count == 0)
        {
            sb.AppendLine("Too few customers to segment into personas.").AppendLine();
            return;
        }
        var total = personas[0].Share.TotalCustomers;
        var proto = personas.Count(p => !p.EvidenceBased);
        sb.Append(personas.Count)
            .Append(personas.Count == 1 ? " persona" : " personas")
            .Append(" drawn from ")
            .Append(total)
            .Append(
                " customers: customers with similar metadata, behaviour and words were "
                    + "grouped (k-means), and each group was made into a person using only "
                    + "their own words and computed figures."
            );
        if (proto > 0)
        {
            sb.Append(" **")
                .Append(proto)
                .Append(proto == 1 ? " is a proto-persona" : " are proto-personas")
                .Append("**: fewer than ")
                .Append(PersonaThresholds.MinCustomers)
                .Append(" customers or ")
                .Append(PersonaThresholds.MinRecords)
                .Append(" records stand behind it, so treat it as a hypothesis to test.");
        }
        sb.AppendLine().AppendLine();
        var records = GroundingCheckIndex(analysis);
        var rank = 0;
        foreach (var p in personas)
        {
            PersonaCardWriter.Write(sb, p, records, heading, ++rank);
        }
    }

    private static IReadOnlyDictionary<string, Core.Evidence.EvidenceRecord> GroundingCheckIndex(
        AnalysisResult analysis
    ) => Core.Validation.GroundingCheck.Index(analysis.Records);

    internal static string Share(PersonaCard p) =>
        $"{p.Share.Customers} of {p.Share.TotalCustomers} customers "
        + $"({Percent(p.Share.Fraction)}), {p.Share.Records} records";
}
