using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.JobStates;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "## Job state machine" (seed 002): per machine the diagram, the states with where customers got blocked,
/// abandoned or spawned side jobs, and what they needed at each state with verbatim quotes.
/// </summary>
public static class JobStatesSection
{
    private const int NeedsPerState = 3;

    public static void Write(StringBuilder sb, IReadOnlyList<JobStateMachine> machines, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(machines);
        ArgumentNullException.ThrowIfNull(analysis);
        if (machines.Count == 0)
        {
            return;
        }
        var evidence = analysis
            .Records.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        sb.AppendLine("## Job state machine").AppendLine();
        sb.AppendLine(
                "Each customer message moves the customer through the job loop: "
                    + "information, service, blocker, cancel (abandoned), "
                    + "spawn (side job) or done; a message with none of these means they are "
                    + "still trying. Counts are transitions (records) and distinct customers."
            )
            .AppendLine();
        // Machines share records (the all-customers machine holds everyone), so a quote is shown once per section.
        var shown = new HashSet<(string, int)>();
        foreach (var machine in machines)
        {
            WriteMachine(sb, machine, analysis, evidence, shown);
        }
    }

    /// <summary>The report's short form: one line per machine, the full machines being in job-states.md.</summary>
    public static void WriteBrief(StringBuilder sb, IReadOnlyList<JobStateMachine> machines, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(machines);
        ArgumentNullException.ThrowIfNull(analysis);
        if (machines.Count == 0)
        {
            return;
        }
        sb.AppendLine("## Where customers get stuck").AppendLine();
        foreach (var m in machines)
        {
            sb.Append("- **")
                .Append(Escape(m.Title))
                .Append("** (")
                .Append(m.Customers)
                .Append(" customers): ")
                .AppendLine(Headline(m));
        }
        sb.AppendLine()
            .AppendLine("Each state, what customers needed there and their words: `job-states.md`.")
            .AppendLine();
    }

    /// <summary>job-states.md: the full section as its own file.</summary>
    public static string Render(IReadOnlyList<JobStateMachine> machines, AnalysisResult analysis)
    {
        var sb = new StringBuilder("# Job states\n\n");
        Write(sb, machines, analysis);
        return sb.ToString();
    }

    private static void WriteMachine(
        StringBuilder sb,
        JobStateMachine m,
        AnalysisResult analysis,
        Dictionary<string, EvidenceRecord> evidence,
        HashSet<(string, int)> shown
    )
    {
        sb.Append("### ").Append(Escape(m.Title)).AppendLine().AppendLine();
        sb.Append(m.Customers).Append(" customers, ").Append(m.Records).Append(" customer records. ");
        sb.AppendLine(
            m.FromTimelines
                ? $"Ordered along customer timelines ({m.TimelineCustomers} customers "
                    + $"with two or more dated records); other records are single steps from "
                    + $"the start."
                : "No customer has two or more dated records, so every record is a "
                    + "single step from an implicit start: read transitions as \"where "
                    + "customers are\", not as sequences."
        );
        sb.AppendLine()
            .AppendLine(Headline(m))
            .AppendLine()
            .AppendLine("```mermaid")
            .Append(JobStateDiagram.Render(m))
            .AppendLine("```")
            .AppendLine();

        sb.AppendLine("| State | Customers reaching | Visits | Then blocked | Then abandoned | Then side job |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in m.States)
        {
            sb.Append("| ")
                .Append(JobStateNames.Title(s.State))
                .Append(" | ")
                .Append(s.Customers)
                .Append(" | ")
                .Append(s.Visits)
                .Append(" | ")
                .Append(Share(s.ToBlocked, s.BlockedRate))
                .Append(" | ")
                .Append(Share(s.ToAbandoned, s.AbandonedRate))
                .Append(" | ")
                .Append(Share(s.ToSideJob, s.SideJobRate))
                .AppendLine(" |");
        }
        sb.AppendLine();

        var needs = m
            .Needs.Where(n => n.State is not (JobState.Start or JobState.Trying))
            .GroupBy(n => n.State)
            .ToList();
        if (needs.Count == 0)
        {
            return;
        }
        sb.AppendLine("What customers needed at each state:").AppendLine();
        foreach (var group in needs)
        {
            sb.Append("- **").Append(JobStateNames.Title(group.Key)).AppendLine("**");
            var rank = 0;
            foreach (var need in group.Take(NeedsPerState))
            {
                var name = need.TouchpointId is null
                    ? "no specific touchpoint"
                    : analysis.Catalog.Find(need.TouchpointId)?.Name ?? need.TouchpointId;
                sb.Append("  - ")
                    .Append(Escape(name))
                    .Append(" (")
                    .Append(need.Records)
                    .Append(need.Records == 1 ? " record, " : " records, ")
                    .Append(need.Customers)
                    .Append(need.Customers == 1 ? " customer" : " customers");
                if (need.Pains.Count > 0)
                {
                    sb.Append("; pains: ").Append(Escape(string.Join(", ", need.Pains.Take(3))));
                }
                sb.AppendLine(")");
                foreach (var q in need.Quotes.Where(q => shown.Add((q.EvidenceId, q.Start))).Take(rank++ == 0 ? 2 : 1))
                {
                    if (evidence.TryGetValue(q.EvidenceId, out var record))
                    {
                        sb.Append("    - “")
                            .Append(Escape(q.Text))
                            .Append("” — ")
                            .AppendLine(QuoteFormat.Citation(record));
                    }
                }
            }
        }
        sb.AppendLine();
    }

    /// <summary>
    /// "Blocked: 10 customers (6%) · abandoned: 1 (1%) · side job: 2 (1%) · done: 0 (0%)" over the machine's customers.
    /// </summary>
    private static string Headline(JobStateMachine m)
    {
        string Part(JobState state)
        {
            var n = m.States.FirstOrDefault(s => s.State == state)?.Customers ?? 0;
            return $"{n} ({Percent(m.Customers == 0 ? 0 : (double)n / m.Customers)})";
        }
        return $"Customers who got blocked: {Part(JobState.Blocked)} · abandoned: {Part(JobState.Abandoned)} · "
            + $"started a side job: {Part(JobState.SideJob)} · said the job was done: {Part(JobState.Done)}.";
    }

    private static string Share(int count, double rate) => count == 0 ? "–" : $"{count} ({Percent(rate)})";
}
