using System.Globalization;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads a score cell as exported by survey and review tools: "9", "4.5", "4,5", "4/5", "9 - Extremely likely",
/// "4 stars", "★★★★☆". Returns false for anything without a leading number.
/// </summary>
internal static class ScoreParser
{
    public static bool TryParse(string? value, out double score)
    {
        score = 0;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var s = value.AsSpan().Trim();
        if (s[0] is '★' or '☆' or '⭐')
        {
            var stars = 0;
            foreach (var c in s)
            {
                if (c is '★' or '⭐')
                {
                    stars++;
                }
            }
            score = stars;
            return true;
        }
        var end = 0;
        if (end < s.Length && s[end] is '+' or '-')
        {
            end++;
        }
        var digitsStart = end;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }
        if (end == digitsStart)
        {
            return false;
        }
        if (end + 1 < s.Length && s[end] is '.' or ',' && char.IsAsciiDigit(s[end + 1]))
        {
            end++;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                end++;
            }
        }
        // "4.5.2024", "2024-03-01" and "10:30" are dates and times, not scores.
        if (
            end < s.Length
            && s[end] is '.' or ':' or '/' or '-'
            && end + 1 < s.Length
            && char.IsAsciiDigit(s[end + 1])
            && !IsOutOf(s[end..])
        )
        {
            return false;
        }
        var number = s[..end].ToString().Replace(',', '.');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out score);
    }

    public static bool IsInteger(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;

    /// <summary>"/5" or "/10" after the number: an "out of" scale, still a score.</summary>
    private static bool IsOutOf(ReadOnlySpan<char> rest) =>
        rest[0] == '/' && rest[1..].Trim() is "5" or "10" or "7" or "100";
}
