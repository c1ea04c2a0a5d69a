using System.Text;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "## Improvement hypotheses": per prioritised touchpoint, its hypotheses with every field in compact Markdown and one
/// supporting quote each, then the backlog across touchpoints. All text is escaped: templates carry customer words.
/// </summary>
public static class HypothesesSection
{
    public static void Write(
        StringBuilder sb,
        HypothesisBacklog backlog,
        AnalysisResult analysis,
        string heading = "##"
    )
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(backlog);
        ArgumentNullException.ThrowIfNull(analysis);
        sb.Append(heading).AppendLine(" Improvement hypotheses").AppendLine();
        if (!backlog.All.Any())
        {
            sb.Append("In this data ")
                .Append(FixFirstList.NothingToFix)
                .AppendLine(", so no hypotheses were drafted.")
                .AppendLine();
            return;
        }
        sb.AppendLine(
                "Ways to improve each prioritised touchpoint, each a testable bet: "
                    + "what changes, what it takes, how to measure it "
                    + "against a baseline computed from this data, what could go wrong and "
                    + "when to stop. Quick wins come first."
            )
            .AppendLine();
        var records = GroundingCheck(analysis);
        foreach (var group in backlog.Touchpoints)
        {
            WriteTouchpoint(sb, group, analysis, records, heading + "#");
        }
        WriteBacklog(sb, backlog, analysis, heading + "#");
    }

    private static void WriteTouchpoint(
        StringBuilder sb,
        TouchpointHypotheses group,
        AnalysisResult analysis,
        IReadOnlyDictionary<string, EvidenceRecord> records,
        string heading
    )
    {
        var name = HypothesisBaselines.NameOf(analysis.Catalog, group.TouchpointId);
        sb.Append(heading).Append(' ').AppendLine(Escape(name)).AppendLine();
        var pains = HypothesisBaselines
            .PainCounts(analysis, group.TouchpointId)
            .Take(4)
            .Select(p => $"{PainNames.Of(p.Pain)} ({p.Count})");
        var score = analysis.Scoring.Touchpoints.FirstOrDefault(s => s.TouchpointId == group.TouchpointId);
        var facts = new List<string>
        {
            $"{HypothesisBaselines.CustomerMentions(analysis, group.TouchpointId).Count} customer mentions",
        };
        if (pains.Any())
        {
            facts.Add("pains: " + string.Join(", ", pains));
        }
        if (score?.Metrics.Nps is { } nps)
        {
            facts.Add($"NPS among them {Signed(nps.Score)} (n={nps.Responses})");
        }
        if (score?.NpsImpact is { } impact)
        {
            facts.Add($"NPS impact {Signed(impact, 1)} points");
        }
        sb.Append('_').Append(string.Join(" · ", facts)).AppendLine("_").AppendLine();
        var n = 0;
        foreach (var h in group.Hypotheses)
        {
            sb.Append(++n)
                .Append(". **")
                .Append(Escape(h.Title))
                .Append("** — _effort ")
                .Append(Level(h.Effort))
                .Append(" · impact ")
                .Append(Level(h.ExpectedImpact.Level))
                .Append(h.QuickWin ? " · quick win" : "")
                .Append(" · ")
                .Append(Escape(h.Id))
                .AppendLine("_");
            Item(sb, "Change", Escape(h.Change));
            Item(sb, "Resources", Escape(h.Resources));
            var b = h.SuccessMetric.Baseline;
            Item(
                sb,
                "Success metric",
                $"{Escape(h.SuccessMetric.Name)}: baseline **{Escape(HypothesisMetrics.Display(b))}** "
                    + $"({Escape(b.HowComputed)}) → target "
                    + $"**{Escape(h.SuccessMetric.Target)}**. {Escape(h.SuccessMetric.Method)}"
            );
            Item(sb, "Expected impact", Escape(Impact(h)));
            Item(sb, "Unintended consequences", Escape(string.Join(" ", h.UnintendedConsequences)));
            Item(sb, "Kill criterion", Escape(h.KillCriterion));
            if (h.Evidence.FirstOrDefault() is { } q && records.TryGetValue(q.EvidenceId, out var record))
            {
                Item(sb, "Evidence", QuoteFormat.Inline(new Quote(record, q.Start, q.End)));
            }
            else
            {
                // A quote about another pain would mislead; the drafter leaves it out and the report says so.
                Item(sb, "Evidence", Escape($"no customer record here states {PainNames.About(h.Pain)}; none quoted"));
            }
            if (h.Provenance.Source != Provenance.OfflineSource)
            {
                Item(
                    sb,
                    "Provenance",
                    Escape(h.Provenance.Source + (h.Provenance.PromptVersion is { } v ? " (" + v + ")" : ""))
                );
            }
        }
        if (group.Hypotheses.Count < HypothesisCheck.PerTouchpoint && !string.IsNullOrWhiteSpace(group.Reason))
        {
            sb.AppendLine()
                .Append("_")
                .Append(group.Hypotheses.Count)
                .Append(" hypotheses, not ")
                .Append(HypothesisCheck.PerTouchpoint)
                .Append(": ")
                .Append(Escape(group.Reason))
                .AppendLine("._");
        }
        sb.AppendLine();
    }

    private static void WriteBacklog(
        StringBuilder sb,
        HypothesisBacklog backlog,
        AnalysisResult analysis,
        string heading
    )
    {
        sb.Append(heading).AppendLine(" Hypothesis backlog").AppendLine();
        sb.AppendLine("All hypotheses, best bet first (expected impact against effort, then touchpoint priority).")
            .AppendLine();
        sb.AppendLine("| # | Hypothesis | Touchpoint | Pain | Impact | Effort | Baseline → target |");
        sb.AppendLine("|---:|---|---|---|---|---|---|");
        var rank = 0;
        foreach (var h in backlog.Overall)
        {
            sb.Append("| ")
                .Append(++rank)
                .Append(" | ")
                .Append(Escape(h.Title))
                .Append(" (")
                .Append(Escape(h.Id))
                .Append(") | ")
                .Append(Escape(HypothesisBaselines.NameOf(analysis.Catalog, h.TouchpointId)))
                .Append(" | ")
                .Append(Escape(PainNames.Of(h.Pain)))
                .Append(" | ")
                .Append(Level(h.ExpectedImpact.Level))
                .Append(" | ")
                .Append(Level(h.Effort))
                .Append(" | ")
                .Append(Escape(HypothesisMetrics.Display(h.SuccessMetric.Baseline)))
                .Append(" → ")
                .Append(Escape(h.SuccessMetric.Target))
                .AppendLine(" |");
        }
        sb.AppendLine();
    }

    /// <summary>"Addresses 18 of 86 mentions (21%, long waits); the touchpoint's NPS impact is +27.2 points."</summary>
    public static string Impact(ImprovementHypothesis h)
    {
        var i = h.ExpectedImpact;
        var text =
            $"{Level(i.Level)}: addresses {i.AddressedMentions} of {i.Mentions} "
            + $"customer mentions ({Percent(i.Share)}, {PainNames.Of(h.Pain)})";
        return text
            + (i.TouchpointNpsImpact is { } nps ? $"; the touchpoint's NPS impact is {Signed(nps, 1)} points." : ".");
    }

    public static string Level(HypothesisLevel level) => level.ToString().ToLowerInvariant();

    private static void Item(StringBuilder sb, string label, string text) =>
        sb.Append("   - **").Append(label).Append(":** ").AppendLine(text);

    private static IReadOnlyDictionary<string, EvidenceRecord> GroundingCheck(AnalysisResult analysis) =>
        Core.Validation.GroundingCheck.Index(analysis.Records);
}
