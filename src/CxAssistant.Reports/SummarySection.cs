using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>The summary a busy owner reads: headline metrics, what customers talk about, what to fix first.</summary>
public static class SummarySection
{
    public static void Write(StringBuilder sb, AnalysisResult analysis, ReportOptions options)
    {
        var scoring = analysis.Scoring;
        sb.AppendLine("## Summary").AppendLine();
        if (options.Narrative is { Length: > 0 } narrative)
        {
            sb.AppendLine(Escape(narrative))
                .AppendLine()
                .Append("_Summary source: ")
                .Append(Escape(ProvenanceText(options.NarrativeProvenance ?? Provenance.Offline)))
                .AppendLine("._")
                .AppendLine();
        }
        sb.Append("- **Headline metrics:** ").AppendLine(Metrics(scoring.Overall));
        var talked = scoring
            .Touchpoints.Where(t => t.Mentions > 0)
            .OrderByDescending(t => t.Mentions)
            .Take(3)
            .Select(t => $"{Name(analysis, t.TouchpointId)} ({t.Mentions})")
            .ToList();
        if (talked.Count > 0)
        {
            sb.Append("- **Customers talk most about:** ").AppendLine(string.Join(", ", talked) + ".");
        }
        var fix = analysis.FixFirst(options.Top);
        if (fix.Count > 0)
        {
            sb.Append("- **Fix first")
                .Append(analysis.MostlyPositive() ? $"** ({FixFirstList.MostlyPositiveNote}): " : ":** ")
                .AppendLine(
                    string.Join(
                        "; ",
                        fix.Select(
                            (t, i) =>
                                $"{i + 1}. {Name(analysis, t.TouchpointId)} (priority "
                                + $"{Num(t.Priority)}, {t.EmotionalImpact.Level}, "
                                + $"{t.ComplaintCustomers} of {t.Customers} complain)"
                        )
                    ) + "."
                );
        }
        else
        {
            sb.Append("- **Fix first:** ").Append(FixFirstList.NothingToFix).AppendLine(". Keep doing what works.");
        }
        // One meaning of "quick win" in the whole report: the backlog's (see OwnerSummarySection).
        sb.Append("- **Quick wins** (")
            .Append(OwnerSummarySection.QuickWinMeaning)
            .Append("): ")
            .AppendLine(OwnerSummarySection.QuickWins(analysis));
        var loved = Loved(analysis, 3, fix).Select(t => Name(analysis, t.TouchpointId)).ToList();
        if (loved.Count > 0)
        {
            sb.Append("- **What customers love:** ").AppendLine(string.Join(", ", loved) + ".");
        }
        var discovered = analysis.Catalog.Touchpoints.Count(t => t.Origin == TouchpointOrigin.Discovered);
        if (discovered > 0)
        {
            sb.Append("- **Discovered touchpoints** not in the catalog: ")
                .Append(discovered)
                .AppendLine(" (see below).");
        }
        var jobs = TouchpointEvidence
            .Distribution(TouchpointEvidence.CustomerVoice(analysis), a => a.JobState, JobStateEvent.None)
            .Take(3)
            .Select(j => $"{JobLabel(j.Label)} ({j.Count})")
            .ToList();
        if (jobs.Count > 0)
        {
            sb.Append("- **Where customers are in their job:** ").AppendLine(string.Join(", ", jobs) + ".");
        }
        var warnings = scoring.Warnings.Count + analysis.Warnings.Count + analysis.Skipped.Count;
        if (warnings > 0)
        {
            sb.Append("- **Data quality:** ").Append(warnings).AppendLine(" warning(s), see the end of the report.");
        }
        sb.AppendLine();
        if (options.ModelRun.Count > 0)
        {
            sb.AppendLine("### Model assistance").AppendLine();
            foreach (var line in options.ModelRun)
            {
                sb.Append("- ").AppendLine(Escape(line));
            }
            sb.AppendLine();
        }
    }

    /// <summary>
    /// Loved: clearly positive on balance, enough evidence, and most customers who mention it do not complain — a
    /// touchpoint half the customers complain about is not "what customers love", however warm the other half is.
    /// </summary>
    /// <summary>
    /// The <paramref name="top"/> loved touchpoints, warmest first, leaving out the ones this report asks to fix: one
    /// touchpoint is never both "fix first" and "what customers love" on the same page.
    /// </summary>
    public static IReadOnlyList<TouchpointScore> Loved(
        AnalysisResult analysis,
        int top,
        IReadOnlyList<TouchpointScore> fixFirst
    )
    {
        var fix = fixFirst.Select(t => t.TouchpointId).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. analysis
                .Scoring.Touchpoints.Where(t => IsLoved(t) && !fix.Contains(t.TouchpointId))
                .OrderByDescending(t => t.EmotionalImpact.Value)
                .Take(top),
        ];
    }

    public static bool IsLoved(TouchpointScore t) =>
        t.Mentions > 0 && t.EmotionalImpact.Value >= 0.25 && !t.ThinEvidence && t.ComplaintShare < 0.5;

    private static string ProvenanceText(Provenance p) =>
        p.Source + (p.PromptVersion is { } v ? ", " + v : "") + (p.Note is { } n ? ": " + n : "");

    public static string Metrics(ExperienceMetrics m)
    {
        var parts = new List<string>();
        if (m.Nps is { } nps)
        {
            parts.Add(
                $"NPS **{Signed(nps.Score)}** (n={nps.Responses}, 95% band {Signed(nps.Low)} to {Signed(nps.High)})"
            );
        }
        if (m.Csat is { } csat)
        {
            parts.Add($"CSAT **{Num(csat.Percent)}%** (n={csat.Responses})");
        }
        if (m.Ces is { } ces)
        {
            parts.Add($"CES **{Num(ces.Mean, 1)}**/7 (n={ces.Responses})");
        }
        if (m.Rating is { } rating)
        {
            parts.Add($"average rating **{Num(rating.Mean, 1)}**★ (n={rating.Responses})");
        }
        return parts.Count > 0 ? string.Join(" · ", parts) : "no NPS, CSAT, CES or rating answers in the data";
    }

    public static string Name(AnalysisResult analysis, string id) => Escape(analysis.Catalog.Find(id)?.Name ?? id);

    private static string JobLabel(JobStateEvent e) =>
        e switch
        {
            JobStateEvent.Information => "need information",
            JobStateEvent.Service => "need service",
            JobStateEvent.Blocker => "blocked",
            JobStateEvent.Cancel => "cancelling",
            JobStateEvent.Spawn => "had to start a side job",
            JobStateEvent.Done => "job done",
            _ => e.ToString(),
        };
}
