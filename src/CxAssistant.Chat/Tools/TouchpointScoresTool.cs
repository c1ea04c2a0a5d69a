using System.ComponentModel;
using System.Globalization;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>Touchpoint scores with their explanation, ranked by priority (the core's order), with quotes.</summary>
public sealed class TouchpointScoresTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <inheritdoc />
    public override string Name => "touchpoint_scores";

    /// <inheritdoc />
    public override string Description =>
        "Touchpoint scores in priority order: emotional impact (-1..+1), "
        + "functional performance, frequency and business impact (0..1) "
        + "with 95% bands and evidence counts, priority (0-100), quick win, NPS "
        + "impact (points), NPS/CSAT of mentioning customers, main pains and "
        + "cited quotes. "
        + "Give a touchpoint id or name for one touchpoint; order=fix-first "
        + "(catalog touchpoints to fix first, as in the report), "
        + "negative (most negative emotional impact, enough evidence) or "
        + "positive (what customers love most, enough evidence).";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>Scores of the top touchpoints, or of one.</summary>
    public TouchpointScoresResult Get(
        [Description("Touchpoint id or name; empty for the ranking.")] string? touchpoint = null,
        [Description("How many touchpoints (1-20).")] int top = 5,
        [Description("priority (default), fix-first, negative or positive.")] string? order = null,
        [Description("Quotes per touchpoint (0-5).")] int quotes = 2
    )
    {
        top = Math.Clamp(top, 1, 20);
        quotes = Math.Clamp(quotes, 0, 5);
        var notes = new List<string>();
        IEnumerable<(TouchpointScore Score, int Rank)> chosen;
        if (!string.IsNullOrWhiteSpace(touchpoint))
        {
            var found = Data.FindTouchpoint(touchpoint);
            var scored = found is null ? null : Data.ScoreOf(found.Id);
            if (scored is null)
            {
                notes.Add(
                    found is null
                        ? Data.UnknownTouchpoint(touchpoint)
                        : $"{found.Name} has no evidence, so it has no scores."
                );
                chosen = [];
            }
            else
            {
                chosen = [scored.Value];
            }
        }
        else if (string.Equals(order, "fix-first", StringComparison.OrdinalIgnoreCase))
        {
            chosen = Data.Analysis.FixFirst(top).Select(s => Data.ScoreOf(s.TouchpointId)!.Value);
        }
        else if (string.Equals(order, "negative", StringComparison.OrdinalIgnoreCase))
        {
            chosen = Data
                .Scores.Select((s, i) => (s, i + 1))
                .Where(x => x.s.EmotionalImpact.Value < 0 && !x.s.ThinEvidence)
                .OrderBy(x => x.s.EmotionalImpact.Value)
                .ThenByDescending(x => x.s.Mentions)
                .Take(top);
        }
        else if (string.Equals(order, "positive", StringComparison.OrdinalIgnoreCase))
        {
            chosen = Data
                .Scores.Select((s, i) => (s, i + 1))
                .Where(x => x.s.EmotionalImpact.Value > 0 && !x.s.ThinEvidence)
                .OrderByDescending(x => x.s.EmotionalImpact.Value)
                .ThenByDescending(x => x.s.Mentions)
                .Take(top);
        }
        else
        {
            chosen = Data.Scores.Select((s, i) => (s, i + 1)).Take(top);
        }

        var book = Citations;
        var negativeQuotes =
            order is not null
            && (
                order.Equals("fix-first", StringComparison.OrdinalIgnoreCase)
                || order.Equals("negative", StringComparison.OrdinalIgnoreCase)
            );
        var list = chosen.Select(x => Explain(x.Score, x.Rank, quotes, book, negativeQuotes)).ToList();
        return new TouchpointScoresResult(
            list,
            Data.Scores.Count,
            notes,
            [.. list.SelectMany(t => t.Quotes).Distinct().Select(n => book.All[n - 1])]
        );
    }

    private TouchpointExplanation Explain(
        TouchpointScore s,
        int rank,
        int quoteCount,
        CitationBook book,
        bool negativeQuotes
    )
    {
        var touchpoint = Data.Analysis.Catalog.Find(s.TouchpointId);
        var negative = negativeQuotes || s.EmotionalImpact.Value < 0;
        var quotes = QuoteSelector
            .ForTouchpoint(Data.Analysis, s.TouchpointId, quoteCount, negativeFirst: negative)
            .Select(q => book.Cite(q.Record, q.Start, q.End).Number)
            .ToList();
        var pains = TouchpointEvidence
            .PainCounts(Data.Analysis, s.TouchpointId)
            .Take(3)
            .Select(p => new PainShare(p.Pain, p.Count))
            .ToList();
        var confidence =
            s.ThinEvidence ? "low (thin evidence)"
            : s.Mentions >= 30 ? "high"
            : "medium";
        return new TouchpointExplanation(
            rank,
            s.TouchpointId,
            touchpoint?.Name ?? s.TouchpointId,
            (touchpoint?.Stage.ToString() ?? "").ToLowerInvariant(),
            s.Priority,
            s.QuickWin,
            s.Mentions,
            s.Customers,
            DimensionView.From(s.EmotionalImpact),
            DimensionView.From(s.FunctionalPerformance),
            DimensionView.From(s.Frequency),
            DimensionView.From(s.BusinessImpact),
            s.NpsImpact,
            s.Metrics.Nps?.Score,
            s.Metrics.Nps?.Responses ?? 0,
            s.Metrics.Csat?.Percent,
            confidence,
            pains,
            Explanation(s, pains),
            quotes
        );
    }

    private static string Explanation(TouchpointScore s, IReadOnlyList<PainShare> pains)
    {
        var why = string.Create(
            CultureInfo.InvariantCulture,
            $"{s.Mentions} mentions from {s.Customers} customers; emotional impact "
                + $"{s.EmotionalImpact.Value:0.###} ({s.EmotionalImpact.Level}); "
                + $"{Math.Round(s.FailureShare * 100, 1):0.#}% of mentions report a failure"
        );
        if (pains.Count > 0)
        {
            why += "; main pain: " + pains[0].Pain;
        }
        if (s.NpsImpact is { } impact)
        {
            why += string.Create(
                CultureInfo.InvariantCulture,
                $"; NPS would gain {impact:0.#} points if its detractors became passives"
            );
        }
        return why + ".";
    }
}
