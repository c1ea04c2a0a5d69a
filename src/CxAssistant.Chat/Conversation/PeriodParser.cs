using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// Reads a comparison of periods from a question, against the months the data covers: "this month vs last month" (the
/// latest month in the data and the one before), two named months or years ("September vs August", "2017 vs 2016"),
/// "since 2026-09-15" / "since September", and "since the price change" (the date comes from the data:
/// <see cref="EventDate"/>). Returns null when the question compares no periods.
/// </summary>
internal static partial class PeriodParser
{
    private static readonly string[] MonthNames =
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];

    public static PeriodComparison? Parse(string question, IReadOnlyList<EvidenceRecord> records)
    {
        var q = QuestionText.Padded(question);
        var months = records
            .Where(r => r.Timestamp is not null)
            .Select(r => Month(r.Timestamp!.Value))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (months.Count == 0)
        {
            return null;
        }
        if (
            QuestionText.Has(q, " this month", " last month", " previous month", "month over month", "month on month")
            && QuestionText.Has(
                q,
                " vs ",
                " versus ",
                "compare",
                "compared",
                " than ",
                " to last",
                " with last",
                "over month",
                "on month",
                "change",
                "differ",
                "better",
                "worse"
            )
        )
        {
            return months.Count < 2 ? null : Months(months[^2], months[^1], " (the latest month in the data)");
        }
        var years = months.Select(m => m[..4]).Distinct().ToList();
        if (QuestionText.Has(q, " this year") && QuestionText.Has(q, " last year", " previous year"))
        {
            return years.Count < 2 ? null : Years(years[^2], years[^1]);
        }
        var named = Named(question, q, months);
        var since = Since().Match(question);
        if (named.Count >= 2 && !since.Success)
        {
            var pair = named.Take(2).Order(StringComparer.Ordinal).ToList();
            return pair[0].Length == 4 ? Years(pair[0], pair[1]) : Months(pair[0], pair[1], "");
        }
        if (!since.Success)
        {
            return null;
        }
        var what = since.Groups[1].Value.Trim();
        if (IsoDay().Match(what) is { Success: true } day)
        {
            return Split(day.Value, $"since {day.Value}");
        }
        if (named.Count == 1 && named[0].Length == 7)
        {
            return Split(named[0] + "-01", $"since {named[0]}");
        }
        return EventDate.Find(what, records) is { } found
            ? Split(found.Day, $"since {found.Day}") with
            {
                How = found.How,
                EventEvidenceId = found.EvidenceId,
            }
            : null;
    }

    private static PeriodComparison Split(string day, string label) =>
        new(new Period("before " + day, null, day), new Period(label, day, null));

    private static PeriodComparison Months(string earlier, string later, string note) =>
        new(new Period(earlier, earlier, earlier), new Period(later + note, later, later));

    private static PeriodComparison Years(string earlier, string later) =>
        new(new Period(earlier, earlier + "-01", earlier + "-12"), new Period(later, later + "-01", later + "-12"));

    /// <summary>Months (yyyy-mm) and years named in the question, in the order they appear.</summary>
    private static List<string> Named(string raw, string q, List<string> months)
    {
        var found = new List<(int At, string Value)>();
        foreach (Match m in IsoMonth().Matches(raw))
        {
            found.Add((m.Index, m.Value));
        }
        foreach (Match m in Year().Matches(raw))
        {
            if (!found.Any(f => f.At == m.Index))
            {
                found.Add((m.Index, m.Value));
            }
        }
        for (var i = 0; i < MonthNames.Length; i++)
        {
            var m = Regex.Match(q, @"\b(" + MonthNames[i] + "|" + MonthNames[i][..3] + @")\b(\s+(20\d\d))?");
            if (!m.Success || (i == 4 && !q.Contains(" in may", StringComparison.Ordinal) && !m.Groups[3].Success))
            {
                continue;
            }
            var suffix = "-" + (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var month = m.Groups[3].Success
                ? m.Groups[3].Value + suffix
                : months.LastOrDefault(x => x.EndsWith(suffix, StringComparison.Ordinal));
            if (month is null)
            {
                continue;
            }
            found.RemoveAll(f => m.Groups[3].Success && f.Value == m.Groups[3].Value);
            found.Add((m.Index, month));
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Value).Distinct()];
    }

    private static string Month(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:since|after)\s+(.+?)\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b20\d\d-\d\d-\d\d\b")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b20\d\d-(0[1-9]|1[0-2])\b(?!-\d)")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"(?<![\d-])(19|20)\d\d(?![\d-])")]
    private static partial Regex Year();
}
