using System.Globalization;
using CxAssistant.Core.Metrics;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Chat.Evals;

/// <summary>
/// Resolves a symbolic figure straight from the analysis (not through the chat tools) and formats it as answers do:
/// <c>nps_overall</c>, <c>nps_month:2026-09</c>, <c>nps_segment:region=Southeast</c>, <c>priority:ID</c>,
/// <c>emotional:ID</c> (2 decimals), <c>nps_impact:ID</c>, <c>mentions:ID</c>, <c>opportunity:OUTCOME</c>,
/// <c>persona_customers:PERSONA</c>.
/// </summary>
public static class CoreFigures
{
    /// <summary>The figure's text, or throws <see cref="InvalidDataException"/> for an unknown key.</summary>
    public static string Resolve(ChatData data, string key)
    {
        var (kind, arg) = key.Split(':', 2) is [var k, var a] ? (k, a) : (key, "");
        var a2 = data.Analysis;
        double? value = kind switch
        {
            "nps_overall" => a2.Scoring.Overall.Nps?.Score,
            "nps_month" => EngagementMetrics.Compute([.. a2.Records.Where(r => r.Timestamp?.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture) == arg)]).Nps?.Score,
            "nps_segment" => a2.Scoring.Segments.FirstOrDefault(s => $"{s.Field}={s.Value}" == arg)?.Metrics.Nps?.Score,
            "priority" => Score(data, arg).Priority,
            "emotional" => Math.Round(Score(data, arg).EmotionalImpact.Value, 2),
            "nps_impact" => Score(data, arg).NpsImpact,
            "mentions" => Score(data, arg).Mentions,
            "opportunity" => a2.Jobs?.Outcomes.FirstOrDefault(o => o.Id == arg)?.Opportunity is { } o ? Math.Round(o, 1) : null,
            "persona_customers" => a2.Personas.FirstOrDefault(p => p.Id == arg)?.Share.Customers,
            _ => throw new InvalidDataException($"Unknown figure '{key}'."),
        };
        return value is null ? throw new InvalidDataException($"Figure '{key}' has no value in this analysis.")
            : value.Value.ToString(kind == "emotional" ? "0.##" : "0.#", CultureInfo.InvariantCulture);
    }

    private static Core.Scoring.TouchpointScore Score(ChatData data, string id) =>
        data.ScoreOf(id)?.Score ?? throw new InvalidDataException($"No scored touchpoint '{id}'.");
}
