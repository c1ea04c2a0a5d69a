namespace CxAssistant.Core.Text;

/// <summary>
/// The names of days, months and feasts, in one place: capitalised in running text yet never a person, a brand or a
/// place. Name detection keeps them out of names; the jobs stage reads them as a time ("on a lazy Saturday").
/// </summary>
public static class CalendarWords
{
    public static IReadOnlyList<string> Weekdays { get; } =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static IReadOnlyList<string> Months { get; } =
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    public static IReadOnlyList<string> Feasts { get; } = ["Christmas", "Easter"];

    /// <summary>Parts of the day and week, lower case in running text ("in the evening", "at weekends").</summary>
    public static IReadOnlyList<string> DayParts { get; } =
    ["morning", "afternoon", "evening", "night", "weekend", "weekday", "lunchtime", "midnight", "midday", "noon"];

    /// <summary>
    /// Weekdays and months that are nothing else in running text: every one but "May", which is also a verb ("you may
    /// …") and a given name, so a capitalised "May" may still start a name.
    /// </summary>
    public static IEnumerable<string> Unambiguous => Weekdays.Concat(Months.Where(m => m != "May"));
}
