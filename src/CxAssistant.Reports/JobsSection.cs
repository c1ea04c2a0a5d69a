using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// Writes "## Jobs to be done": the job tree, a canvas per main job (performer, circumstances, needs, the customers'
/// words, forces, barriers, workarounds, job map) and the desired-outcome table sorted by opportunity. Every piece of
/// text is escaped — job phrases may come from customers' words — and every quote carries its citation.
/// </summary>
public static class JobsSection
{
    public static void Write(StringBuilder sb, JobsAnalysis jobs, AnalysisResult analysis)
    {
        var records = analysis
            .Records.GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        sb.AppendLine("## Jobs to be done").AppendLine();
        sb.Append(
                "_What customers are trying to get done, in job-statement form (verb + "
                    + "object + contextual clarifier, solution-agnostic). "
            )
            .Append(jobs.CandidatesFound)
            .Append(" job phrases found in customers' words; ")
            .Append(jobs.RejectedCandidates)
            .Append(" candidate statements rejected by the job-statement rules. Provenance: ")
            .Append(Escape(ProvenanceText(jobs.Provenance)))
            .AppendLine("._")
            .AppendLine();
        if (jobs.Statements.Count == 0)
        {
            sb.AppendLine("No jobs could be drafted from this evidence.").AppendLine();
            WriteNotes(sb, jobs);
            return;
        }
        WriteTree(sb, jobs.Tree);
        foreach (var main in jobs.Tree.At(JobAltitude.Main))
        {
            WriteMain(sb, main, jobs.Tree, records);
        }
        WriteOutcomes(sb, jobs);
        WriteNotes(sb, jobs);
    }

    private static void WriteTree(StringBuilder sb, JobTree tree)
    {
        sb.AppendLine("### Job tree").AppendLine();
        void Node(JobStatement s, int depth)
        {
            var text = s.Altitude == JobAltitude.Functional ? Escape(s.Text) : "**" + Escape(s.Text) + "**";
            var kind =
                s.Altitude.ToString().ToLowerInvariant()
                + (s.Step is { } step ? $" ({step.ToString().ToLowerInvariant()})" : "");
            sb.Append(new string(' ', depth * 2))
                .Append("- ")
                .Append(text)
                .Append(" — ")
                .Append(kind)
                .Append(" · ")
                .Append(Customers(s.Customers))
                .AppendLine();
            foreach (var c in tree.Children(s.Id))
            {
                Node(c, depth + 1);
            }
        }
        foreach (var root in tree.Roots)
        {
            Node(root, 0);
        }
        sb.AppendLine();
    }

    private static void WriteMain(
        StringBuilder sb,
        JobStatement job,
        JobTree tree,
        Dictionary<string, EvidenceRecord> records
    )
    {
        sb.Append("### ").AppendLine(Escape(job.Text)).AppendLine();
        if (job.Performer.Length > 0)
        {
            sb.Append("- **Performer:** ").AppendLine(Escape(job.Performer));
        }
        if (job.Circumstances.Count > 0)
        {
            sb.Append("- **Circumstances (customers' words):** ")
                .AppendLine(string.Join("; ", job.Circumstances.Select(c => Escape(c))));
        }
        Needs(sb, "Functional needs (desired outcomes)", job.Needs.Functional);
        Needs(sb, "Emotional needs", job.Needs.Emotional);
        Needs(sb, "Social needs", job.Needs.Social);
        sb.Append("- **Customers:** ").AppendLine(Customers(job.Customers));
        if (job.Provenance.Note is { } note)
        {
            sb.Append("- **Provenance:** ").AppendLine(Escape(ProvenanceText(job.Provenance)));
        }
        sb.AppendLine();
        Quotes(sb, "In their words", job.Evidence, records);
        if (job.Forces.All.Any())
        {
            sb.AppendLine("**Forces**").AppendLine();
            Force(sb, "Push (frustration with the current way)", job.Forces.Push, records);
            Force(sb, "Pull (attraction of a better way)", job.Forces.Pull, records);
            Force(sb, "Anxiety (worry about the new way)", job.Forces.Anxiety, records);
            Force(sb, "Habit (the current routine)", job.Forces.Habit, records);
            sb.AppendLine();
        }
        Observations(sb, "Barriers", job.Barriers, records);
        Observations(sb, "Workarounds (compensating behaviours)", job.CompensatingBehaviours, records);
        var steps = tree.Children(job.Id).Where(c => c.Altitude == JobAltitude.Functional).ToList();
        if (steps.Count == 0)
        {
            return;
        }
        sb.AppendLine("**Job map**").AppendLine();
        sb.AppendLine("| Step | Functional job | Customers | Example |").AppendLine("|---|---|---:|---|");
        foreach (var s in steps)
        {
            var example = s.Evidence.FirstOrDefault();
            sb.Append("| ")
                .Append(s.Step?.ToString().ToLowerInvariant() ?? "–")
                .Append(" | ")
                .Append(Escape(s.Text))
                .Append(" | ")
                .Append(s.Customers)
                .Append(" | ")
                .Append(example is null ? "–" : Cited(example, records))
                .AppendLine(" |");
        }
        sb.AppendLine();
    }

    private static void WriteOutcomes(StringBuilder sb, JobsAnalysis jobs)
    {
        if (jobs.Outcomes.Count == 0)
        {
            return;
        }
        sb.AppendLine("### Desired outcomes by opportunity").AppendLine();
        sb.AppendLine("| Desired outcome | Job | Importance | Satisfaction | Source | Opportunity | Band |");
        sb.AppendLine("|---|---|---:|---:|---|---:|---|");
        foreach (
            var o in jobs
                .Outcomes.OrderByDescending(o => o.Opportunity)
                .ThenBy(o => o.Statement, StringComparer.Ordinal)
        )
        {
            var job = jobs.Tree.Find(o.JobId)?.Text ?? o.JobId;
            var source =
                o.Source == OutcomeSource.Measured
                    ? $"measured (n={o.Responses})"
                    : $"estimated ({o.Responses} records)";
            sb.Append("| ")
                .Append(Escape(o.Statement))
                .Append(" | ")
                .Append(Escape(job))
                .Append(" | ")
                .Append(Num(o.Importance, 1))
                .Append(" | ")
                .Append(Num(o.Satisfaction, 1))
                .Append(" | ")
                .Append(source)
                .Append(" | ")
                .Append(Num(o.Opportunity, 1))
                .Append(" | ")
                .Append(OpportunityScore.Describe(o.Band))
                .AppendLine(" |");
        }
        sb.AppendLine();
        sb.AppendLine(
            "Opportunity = importance + max(importance − satisfaction, 0), both on "
                + "1–10 (e.g. importance 8, satisfaction 3 → 13). "
                + "Bands: above 15 extreme, 12–15 high, 10–12 solid, below 10 "
                + "appropriately served; over-served whenever satisfaction exceeds "
                + "importance."
        );
        sb.AppendLine();
        foreach (var o in jobs.Outcomes.Where(o => o.Method.Length > 0))
        {
            sb.Append("- ").Append(Escape(o.Statement)).Append(": ").AppendLine(Escape(o.Method));
        }
        sb.AppendLine();
    }

    private static void WriteNotes(StringBuilder sb, JobsAnalysis jobs)
    {
        if (jobs.Notes.Count > 0)
        {
            foreach (var n in jobs.Notes)
            {
                sb.Append("> ").AppendLine(Escape(n));
            }
            sb.AppendLine();
        }
        // Owners get the count and why; the rejected fragments themselves are for an evaluator (analysis.json).
        var reasons = RejectionReasons.Count(jobs.RejectedExamples);
        if (jobs.RejectedCandidates == 0 || reasons.Count == 0)
        {
            return;
        }
        sb.Append("Why ")
            .Append(jobs.RejectedCandidates)
            .Append(" candidate statements were rejected (the ")
            .Append(jobs.RejectedExamples.Count)
            .Append(" kept in analysis.json, `jobs.rejectedExamples`): ")
            .Append(string.Join("; ", reasons.Take(MaxReasonsShown).Select(r => $"{Escape(r.Reason)} ({r.Count})")))
            .AppendLine(".")
            .AppendLine();
    }

    private const int MaxReasonsShown = 5;

    private static void Needs(StringBuilder sb, string label, IReadOnlyList<string> needs)
    {
        if (needs.Count > 0)
        {
            sb.Append("- **").Append(label).Append(":** ").AppendLine(string.Join("; ", needs.Select(n => Escape(n))));
        }
    }

    private static void Force(
        StringBuilder sb,
        string label,
        IReadOnlyList<EvidenceQuote> quotes,
        Dictionary<string, EvidenceRecord> records
    )
    {
        if (quotes.Count == 0)
        {
            return;
        }
        sb.Append("- ").Append(label).AppendLine(":");
        foreach (var q in quotes)
        {
            sb.Append("  - ").AppendLine(Cited(q, records));
        }
    }

    private static void Quotes(
        StringBuilder sb,
        string label,
        IReadOnlyList<EvidenceQuote> quotes,
        Dictionary<string, EvidenceRecord> records
    )
    {
        if (quotes.Count == 0)
        {
            return;
        }
        sb.Append("**").Append(label).AppendLine("**").AppendLine();
        foreach (var q in quotes)
        {
            sb.Append("- ").AppendLine(Cited(q, records));
        }
        sb.AppendLine();
    }

    private static void Observations(
        StringBuilder sb,
        string label,
        IReadOnlyList<JobObservation> items,
        Dictionary<string, EvidenceRecord> records
    )
    {
        if (items.Count == 0)
        {
            return;
        }
        sb.Append("**").Append(label).AppendLine("**").AppendLine();
        foreach (var o in items)
        {
            sb.Append("- ").Append(Escape(o.Summary)).Append(" (").Append(Customers(o.Customers)).AppendLine(")");
            foreach (var q in o.Quotes.Take(2))
            {
                sb.Append("  - ").AppendLine(Cited(q, records));
            }
        }
        sb.AppendLine();
    }

    private static string Cited(EvidenceQuote quote, Dictionary<string, EvidenceRecord> records) =>
        records.TryGetValue(quote.EvidenceId, out var record)
            ? $"“{Escape(quote.Text)}” — {QuoteFormat.Citation(record)}"
            : $"“{Escape(quote.Text)}”";

    private static string Customers(int n) => n == 1 ? "1 customer" : $"{n} customers";

    private static string ProvenanceText(Provenance p) =>
        p.Source + (p.PromptVersion is { } v ? $" ({v})" : "") + (p.Note is { } note ? $": {note}" : "");
}
