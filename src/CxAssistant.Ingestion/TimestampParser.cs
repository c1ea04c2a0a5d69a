using System.Globalization;
using System.Text.RegularExpressions;

namespace CxAssistant.Ingestion;

/// <summary>
/// Parses the date formats survey, review and social exports use. Values without an offset are taken as
/// UTC. Slashed dates are month-first unless the column shows day-first values (a first part above 12);
/// dotted dates ("5.3.2024") are day-first, as in the countries that write them.
/// </summary>
internal static partial class TimestampParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;

    private static readonly string[] DayFirst =
    [
        "d/M/yyyy",
        "d/M/yyyy H:mm",
        "d/M/yyyy H:mm:ss",
        "d/M/yy",
        "d/M/yy H:mm",
        "d-M-yyyy",
        "d-M-yyyy H:mm",
    ];
    private static readonly string[] Dotted = ["d.M.yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss", "d.M.yy"];
    private static readonly string[] Other = ["ddd MMM dd HH:mm:ss zzz yyyy", "yyyyMMdd", "yyyyMMddHHmmss"];

    public static bool TryParse(string? value, bool dayFirst, bool allowEpoch, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var s = value.Trim();
        if (long.TryParse(s, NumberStyles.None, Invariant, out var number))
        {
            if (allowEpoch && s.Length == 10)
            {
                timestamp = DateTimeOffset.FromUnixTimeSeconds(number);
                return true;
            }
            if (allowEpoch && s.Length == 13)
            {
                timestamp = DateTimeOffset.FromUnixTimeMilliseconds(number);
                return true;
            }
            if (s.Length is not (8 or 14))
            {
                return false;
            }
        }
        if (s.Length < 6)
        {
            return false;
        }
        if (DottedDate().IsMatch(s))
        {
            return DateTimeOffset.TryParseExact(s, Dotted, Invariant, Styles, out timestamp) && Plausible(timestamp);
        }
        if (dayFirst && DateTimeOffset.TryParseExact(s, DayFirst, Invariant, Styles, out timestamp))
        {
            return Plausible(timestamp);
        }
        if (DateTimeOffset.TryParse(s, Invariant, Styles, out timestamp))
        {
            return Plausible(timestamp);
        }
        // Twitter's "Wed Oct 10 20:19:24 +0000 2018": the offset needs a colon for "zzz".
        var withColon = NumericOffset().Replace(s, "$1$2:$3");
        return (
                DateTimeOffset.TryParseExact(withColon, Other, Invariant, Styles, out timestamp)
                || DateTimeOffset.TryParseExact(s, DayFirst, Invariant, Styles, out timestamp)
            ) && Plausible(timestamp);
    }

    /// <summary>True when some slashed date in the sample can only be day-first ("13/04/2024").</summary>
    public static bool LooksDayFirst(IEnumerable<string> sample)
    {
        foreach (var value in sample)
        {
            var match = SlashedDate().Match(value);
            if (match.Success && int.Parse(match.Groups[1].ValueSpan, Invariant) > 12)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Plausible(DateTimeOffset t) => t.Year is >= 1970 and <= 2200;

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^\s*(\d{1,2})[/-]\d{1,2}[/-]\d{2,4}")]
    private static partial Regex SlashedDate();

    [GeneratedRegex(@"(\s)([+-]\d{2})(\d{2})(?=\s)")]
    private static partial Regex NumericOffset();
}
