using System.Globalization;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// Resolves a symbolic figure straight from the analysis a chat answered from (never through the chat's tools) and
/// formats it as answers do: <c>nps_overall</c>, <c>nps_month:2026-09</c>, <c>nps_segment:region=Southeast</c>,
/// <c>csat_month:2026-09</c>, <c>rating_month:2026-09</c>, <c>nps_period:FROM..TO</c> (also <c>csat_</c>,
/// <c>rating_</c>;
/// FROM and TO are yyyy, yyyy-mm or yyyy-mm-dd, inclusive, either may be empty), <c>churn_customers</c>,
/// <c>priority:ID</c>, <c>emotional:ID</c> (2 decimals, as ratings), <c>nps_impact:ID</c>,
/// <c>mentions:ID</c>, <c>customers:ID</c>, <c>opportunity:OUTCOME</c>, <c>persona_customers:PERSONA</c>,
/// <c>customer_records:CUSTOMER</c>. A suite names figures instead of writing numbers, so a scoring change never
/// leaves a stale number in it.
/// </summary>
public static class OwnerFigures
{
    /// <summary>
    /// The figure as text, or throws <see cref="InvalidDataException"/> for an unknown key or a missing value.
    /// </summary>
    public static string Resolve(ChatData data, string key)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (kind, arg) = key.Split(':', 2) is [var k, var a] ? (k, a) : (key, "");
        var analysis = data.Analysis;
        double? value = kind switch
        {
            "nps_overall" => analysis.Scoring.Overall.Nps?.Score,
            "nps_month" => Month(data, arg).Nps?.Score,
            "csat_month" => Month(data, arg).Csat?.Percent,
            "rating_month" => Month(data, arg).Rating?.Mean,
            "nps_period" => Period(data, arg).Nps?.Score,
            "csat_period" => Period(data, arg).Csat?.Percent,
            "rating_period" => Period(data, arg).Rating?.Mean,
            "churn_customers" => analysis.Engagement?.Retention?.ChurnSignalCustomers,
            "nps_segment" => analysis
                .Scoring.Segments.FirstOrDefault(s => $"{s.Field}={s.Value}" == arg)
                ?.Metrics.Nps?.Score,
            "priority" => Score(data, arg).Priority,
            "emotional" => Math.Round(Score(data, arg).EmotionalImpact.Value, 2),
            "nps_impact" => Score(data, arg).NpsImpact,
            "mentions" => Score(data, arg).Mentions,
            "customers" => Score(data, arg).Customers,
            "opportunity" => analysis.Jobs?.Outcomes.FirstOrDefault(o => o.Id == arg)?.Opportunity is { } o
                ? Math.Round(o, 1)
                : null,
            "persona_customers" => analysis.Personas.FirstOrDefault(p => p.Id == arg)?.Share.Customers,
            "customer_records" => analysis.Records.Count(r =>
                string.Equals(r.CustomerId, arg, StringComparison.OrdinalIgnoreCase)
            ),
            _ => throw new InvalidDataException($"unknown figure '{key}'."),
        };
        return value is null
            ? throw new InvalidDataException($"figure '{key}' has no value in this analysis.")
            : value.Value.ToString(
                kind is "emotional" || kind.StartsWith("rating", StringComparison.Ordinal) ? "0.##" : "0.#",
                CultureInfo.InvariantCulture
            );
    }

    private static ExperienceMetrics Month(ChatData data, string month) => Period(data, month + ".." + month);

    /// <summary>
    /// Records dated FROM..TO (each yyyy, yyyy-mm or yyyy-mm-dd, inclusive; either side may be empty).
    /// </summary>
    private static ExperienceMetrics Period(ChatData data, string range)
    {
        var (from, to) = range.Split("..") is [var f, var t]
            ? (f, t)
            : throw new InvalidDataException($"period '{range}' is not FROM..TO.");
        return EngagementMetrics.Compute([
            .. data.Analysis.Records.Where(r => r.Timestamp is { } ts && InRange(ts, from, to)),
        ]);
    }

    private static bool InRange(DateTimeOffset ts, string from, string to)
    {
        var day = ts.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (from.Length == 0 || string.CompareOrdinal(day[..from.Length], from) >= 0)
            && (to.Length == 0 || string.CompareOrdinal(day[..to.Length], to) <= 0);
    }

    private static Core.Scoring.TouchpointScore Score(ChatData data, string id) =>
        data.ScoreOf(id)?.Score ?? throw new InvalidDataException($"no scored touchpoint '{id}'.");
}
