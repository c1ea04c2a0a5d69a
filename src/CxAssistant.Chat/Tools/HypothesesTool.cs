using System.ComponentModel;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>The improvement backlog: five checked hypotheses per fix-first touchpoint, best bet first.</summary>
public sealed class HypothesesTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <inheritdoc />
    public override string Name => "improvement_hypotheses";

    /// <inheritdoc />
    public override string Description =>
        "Improvement hypotheses for the touchpoints to fix first: change, "
        + "success metric with baseline from this data and target, effort, "
        + "expected impact, quick win, kill criterion and cited evidence. Give a touchpoint id or name to narrow.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>Hypotheses, best bet first (impact against effort), optionally for one touchpoint.</summary>
    public HypothesesResult Get(
        [Description("Touchpoint id or name; empty for the whole backlog.")] string? touchpoint = null,
        [Description("How many hypotheses (1-15).")] int top = 5
    )
    {
        top = Math.Clamp(top, 1, 15);
        var backlog = Data.Analysis.Hypotheses ?? HypothesisBacklog.Empty;
        var notes = new List<string>();
        IEnumerable<ImprovementHypothesis> chosen = backlog.Overall;
        if (!string.IsNullOrWhiteSpace(touchpoint))
        {
            var found = Data.FindTouchpoint(touchpoint);
            chosen = found is null
                ? []
                : backlog.Touchpoints.Where(t => t.TouchpointId == found.Id).SelectMany(t => t.Hypotheses);
            if (!chosen.Any())
            {
                notes.Add(
                    found is null
                        ? Data.UnknownTouchpoint(touchpoint)
                        : $"{found.Name} is not among the touchpoints to fix first, so it has no "
                            + $"hypotheses. Fix-first: "
                            + string.Join(", ", backlog.Touchpoints.Select(t => Data.NameOf(t.TouchpointId)))
                            + "."
                );
            }
        }
        var book = Citations;
        var views = chosen
            .Take(top)
            .Select(h => new HypothesisView(
                h.Id,
                Data.NameOf(h.TouchpointId),
                h.Title,
                h.Change,
                h.SuccessMetric.Name,
                h.SuccessMetric.Baseline.Value,
                h.SuccessMetric.Baseline.Unit,
                h.SuccessMetric.Baseline.N,
                h.SuccessMetric.Target,
                h.Effort.ToString().ToLowerInvariant(),
                h.ExpectedImpact.Level.ToString().ToLowerInvariant(),
                h.QuickWin,
                h.KillCriterion,
                [.. h.Evidence.Take(1).Select(book.Cite).OfType<Citation>().Select(c => c.Number)]
            ))
            .ToList();
        if (backlog.Touchpoints.Count == 0)
        {
            notes.Add($"The analysis drafted no hypotheses ({FixFirstList.NothingToFix}).");
        }
        return new HypothesesResult(
            views,
            notes,
            [.. views.SelectMany(v => v.Quotes).Distinct().Select(n => book.All[n - 1])]
        );
    }
}
