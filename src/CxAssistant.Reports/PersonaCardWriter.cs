using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// Writes one persona card as Markdown: header line, role, who they are, jobs, pains and gains, empathy map,
/// touchpoints, quotes.
/// </summary>
internal static class PersonaCardWriter
{
    public static void Write(
        StringBuilder sb,
        PersonaCard p,
        IReadOnlyDictionary<string, EvidenceRecord> records,
        string heading,
        int rank
    )
    {
        sb.Append(heading)
            .Append(' ')
            .Append(rank)
            .Append(". ")
            .Append(Escape(p.Name))
            .AppendLine(p.EvidenceBased ? "" : " (proto-persona)")
            .AppendLine();
        sb.Append('_')
            .Append(Escape(PersonaRole.Label(p.Role.Kind)))
            .Append(" · ")
            .Append(PersonasSection.Share(p))
            .Append(" · ")
            .Append(
                p.EvidenceBased
                    ? "evidence-based"
                    : $"proto-persona: below {PersonaThresholds.MinCustomers} customers or "
                        + $"{PersonaThresholds.MinRecords} records"
            )
            .Append(" · ")
            .Append(Escape(p.Provenance.Source))
            .AppendLine(" draft_")
            .AppendLine();
        sb.Append("**Role: ")
            .Append(Escape(PersonaRole.Label(p.Role.Kind)))
            .Append("** — ")
            .Append(Escape(p.Role.Rationale));
        if (p.Role.BuysFor is { } users)
        {
            sb.Append(" Buys for: ").Append(Escape(users)).Append('.');
        }
        sb.AppendLine().AppendLine();
        if (p.Segment.Traits.Count > 0)
        {
            sb.Append("**Segment:** ")
                .AppendLine(string.Join("; ", p.Segment.Traits.Take(5).Select(Trait)))
                .AppendLine();
        }

        List(sb, "Who they are", p.Context, records);
        List(sb, "Jobs to be done", p.Jobs, records);
        List(sb, "Pains", p.Pains, records);
        List(sb, "Gains", p.Gains, records);

        sb.AppendLine("**Empathy map**").AppendLine();
        foreach (var (name, items) in p.EmpathyMap.Quadrants())
        {
            List(sb, "_" + name + "_", items, records);
        }

        if (p.KeyTouchpoints.Count > 0)
        {
            sb.AppendLine("| Key touchpoint | Mentions | Customers | Mean sentiment |")
                .AppendLine("|---|---:|---:|---:|");
            foreach (var t in p.KeyTouchpoints)
            {
                sb.Append("| ")
                    .Append(Escape(t.Name))
                    .Append(" | ")
                    .Append(t.Mentions)
                    .Append(" | ")
                    .Append(t.Customers)
                    .Append(" | ")
                    .Append(Signed(t.MeanSentiment, 2))
                    .AppendLine(" |");
            }
            sb.AppendLine();
        }
        if (p.Quotes.Count > 0)
        {
            sb.AppendLine("**In their words**").AppendLine();
            foreach (var q in p.Quotes)
            {
                sb.Append("> ").AppendLine(Cite(q, records)).AppendLine(">");
            }
            sb.AppendLine();
        }
    }

    private static void List(
        StringBuilder sb,
        string title,
        IReadOnlyList<PersonaItem> items,
        IReadOnlyDictionary<string, EvidenceRecord> records
    )
    {
        if (items.Count == 0)
        {
            return;
        }
        sb.Append("**").Append(title).AppendLine("**").AppendLine();
        foreach (var item in items)
        {
            sb.Append("- ").AppendLine(Item(item, records));
        }
        sb.AppendLine();
    }

    private static string Item(PersonaItem item, IReadOnlyDictionary<string, EvidenceRecord> records)
    {
        var parts = new List<string>();
        // An item whose text is its own quote would say the same thing twice.
        if (item.Quotes.Count == 0 || !string.Equals(item.Quotes[0].Text, item.Text, StringComparison.Ordinal))
        {
            parts.Add(Escape(item.Text));
        }
        parts.AddRange(item.Quotes.Select(q => Cite(q, records)));
        var line = string.Join(" — ", parts);
        return item.Fact is { } fact ? $"{line} ({Escape(fact)})" : line;
    }

    private static string Cite(EvidenceQuote q, IReadOnlyDictionary<string, EvidenceRecord> records) =>
        records.TryGetValue(q.EvidenceId, out var record)
        && q.Start >= 0
        && q.End <= record.Text.Length
        && q.Start < q.End
            ? QuoteFormat.Inline(new Quote(record, q.Start, q.End))
            : $"“{Escape(q.Text)}” — _evidence {Escape(q.EvidenceId)}_";

    private static string Trait(SegmentTrait t) =>
        $"{Escape(t.Kind == "metadata" ? t.Field.Replace('_', ' ') : t.Kind)} = "
        + $"{Escape(t.Value)} ({Percent(t.SegmentShare)} vs "
        + $"{Percent(t.OverallShare)} overall)";
}
