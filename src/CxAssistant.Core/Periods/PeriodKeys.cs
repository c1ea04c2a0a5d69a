using System.Globalization;

namespace CxAssistant.Core.Periods;

/// <summary>
/// The period a timestamp falls in, as a label that sorts in time order: <c>2026-10</c> (month), <c>2026-Q4</c>
/// (quarter), <c>2026-W41</c> (ISO 8601 week, Monday first, so a week never splits at New Year). The record's own
/// clock date is used (its offset kept), since "this week" is the customer's week, not UTC's.
/// </summary>
public static class PeriodKeys
{
    public static string? Of(DateTimeOffset? timestamp, PeriodGrain grain)
    {
        if (timestamp is not { } t)
        {
            return null;
        }
        var date = t.DateTime;
        return grain switch
        {
            PeriodGrain.Week => string.Create(
                CultureInfo.InvariantCulture,
                $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}"
            ),
            PeriodGrain.Quarter => string.Create(
                CultureInfo.InvariantCulture,
                $"{date.Year:D4}-Q{(date.Month - 1) / 3 + 1}"
            ),
            _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}"),
        };
    }

    /// <summary>Parses "week", "month" or "quarter" (any case); null for anything else.</summary>
    public static PeriodGrain? Parse(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "week" or "weekly" => PeriodGrain.Week,
            "month" or "monthly" => PeriodGrain.Month,
            "quarter" or "quarterly" => PeriodGrain.Quarter,
            _ => null,
        };
}
