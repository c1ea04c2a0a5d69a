using System.ComponentModel;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Scoring;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// What-if: overall NPS if a touchpoint reached the median touchpoint score. Each touchpoint has an NPS over the
/// answers
/// linked to it (its customers' answers, as in the report). The median is taken over touchpoints with at least
/// <see cref="MinAnswers"/> linked answers. Lifting touchpoint T from NPS_T to the median M changes the sum of its n_T
/// answers' contributions by (M − NPS_T)·n_T, so overall NPS moves by (M − NPS_T)·n_T / N, N = all NPS answers.
/// Deterministic, computed from exact counts, rounded to 1 decimal like every NPS figure; 0 when T is at or above M.
/// It assumes the other touchpoints stay as they are and counts each linked answer once (an estimate, not a forecast).
/// </summary>
public sealed class WhatIfTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <summary>Touchpoints with fewer linked NPS answers do not enter the median.</summary>
    public const int MinAnswers = 5;

    /// <summary>The method in one sentence, shown with every result.</summary>
    public const string MethodText =
        "change = (median touchpoint NPS − this touchpoint's NPS) × its linked "
        + "NPS answers ÷ all NPS answers; median over touchpoints with at least "
        + "5 linked answers.";

    /// <inheritdoc />
    public override string Name => "what_if";

    /// <inheritdoc />
    public override string Description =>
        "What-if: how overall NPS would move if a touchpoint's NPS (among "
        + "customers who mention it) reached the median touchpoint's NPS. "
        + "Returns current NPS, the touchpoint's NPS, the median, the change in points and the projected NPS.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>The what-if for one touchpoint.</summary>
    public WhatIfResult Get([Description("Touchpoint id or name.")] string touchpoint)
    {
        // The message names the valid touchpoints, so a model or an MCP client can ask again with one of them.
        var found = Data.FindTouchpoint(touchpoint)
            ?? throw new ArgumentException(Data.UnknownTouchpoint(touchpoint), nameof(touchpoint));
        var overall = Data.Analysis.Scoring.Overall.Nps;
        var score = Data.ScoreOf(found.Id)?.Score;
        var notes = new List<string>();
        var eligible = Data
            .Scores.Where(s => s.Metrics.Nps is { } n && n.Responses >= MinAnswers)
            .Select(Exact)
            .Order()
            .ToList();
        var median = eligible.Count == 0 ? (double?)null : Median(eligible);
        double? change = null,
            projected = null,
            own = null;
        var n = score?.Metrics.Nps?.Responses ?? 0;
        if (overall is null)
        {
            notes.Add("The data has no NPS answers, so NPS cannot move.");
        }
        else if (score?.Metrics.Nps is null)
        {
            notes.Add($"No NPS answers are linked to {found.Name}.");
        }
        else if (median is null)
        {
            notes.Add($"No touchpoint has {MinAnswers} or more linked NPS answers, so there is no median to reach.");
        }
        else
        {
            own = Exact(score);
            var delta = Math.Max(0, median.Value - own.Value) * n / overall.Responses;
            change = Statistics.Round(delta, 1);
            projected = Statistics.Round(Exact(overall) + delta, 1);
            if (own >= median)
            {
                notes.Add($"{found.Name} is already at or above the median, so reaching it changes nothing.");
            }
            if (n < MinAnswers)
            {
                notes.Add($"Only {n} NPS answers are linked to {found.Name}: treat this as indicative.");
            }
        }
        return new WhatIfResult(
            found.Id,
            found.Name,
            overall?.Score,
            overall?.Responses ?? 0,
            own is null ? score?.Metrics.Nps?.Score : Statistics.Round(own.Value, 1),
            n,
            median is null ? null : Statistics.Round(median.Value, 1),
            eligible.Count,
            change,
            projected,
            score?.NpsImpact,
            MethodText,
            notes
        );
    }

    private static double Exact(TouchpointScore s) => Exact(s.Metrics.Nps!);

    private static double Exact(NpsResult nps) => 100.0 * (nps.Promoters - nps.Detractors) / nps.Responses;

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
