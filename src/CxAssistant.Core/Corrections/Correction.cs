using System.Text.Json.Serialization;

namespace CxAssistant.Core.Corrections;

/// <summary>
/// One correction a team member made, as the workspace keeps it. <see cref="Target"/> is a record's evidence id (its
/// stable content hash, so the correction survives re-importing the same file) or, for theme corrections, the theme's
/// id or name. <see cref="Value"/> is the new label: touchpoint ids or names separated by '|', a sentiment, an intent,
/// the new theme name, the theme merged into, or for a split the new theme's name then its words ('|' between them);
/// empty for <see cref="CorrectionKind.Irrelevant"/>.
/// </summary>
public sealed record Correction(long Id, CorrectionKind Kind, string Target, string Value, string By, DateTimeOffset At)
{
    /// <summary>Separates the touchpoints of a <see cref="CorrectionKind.Touchpoints"/> correction.</summary>
    public const char ListSeparator = '|';

    /// <summary>True for corrections of one record (not of a theme).</summary>
    [JsonIgnore]
    public bool IsRecord =>
        Kind
            is CorrectionKind.Touchpoints
                or CorrectionKind.Sentiment
                or CorrectionKind.Intent
                or CorrectionKind.Irrelevant;

    /// <summary>The touchpoints of a <see cref="CorrectionKind.Touchpoints"/> correction, primary first.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Touchpoints =>
        [.. Value.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// A <see cref="CorrectionKind.SplitTheme"/> correction's new theme and the words that move a mention to it.
    /// </summary>
    [JsonIgnore]
    public (string Name, IReadOnlyList<string> Words)? Split =>
        Kind == CorrectionKind.SplitTheme && Touchpoints is { Count: > 0 } parts
            ? (parts[0], [.. parts.Skip(1)])
            : null;

    /// <summary>
    /// One line for lists and logs: "#3 sentiment of 9f2c… → negative (by ana, 2026-12-07 06:40 UTC)".
    /// </summary>
    public override string ToString()
    {
        var what = Kind switch
        {
            CorrectionKind.Irrelevant => $"record {Short(Target)} marked irrelevant",
            CorrectionKind.RenameTheme => $"theme '{Target}' renamed to '{Value}'",
            CorrectionKind.MergeTheme => $"theme '{Target}' merged into '{Value}'",
            CorrectionKind.SplitTheme when Split is var (name, words) =>
                $"theme '{Target}' split: '{name}' takes its mentions of {string.Join(", ", words)}",
            _ => $"{CorrectionNames.Of(Kind)} of record {Short(Target)} → {Value}",
        };
        return $"#{Id} {what} (by {By}, {At.UtcDateTime:yyyy-MM-dd HH:mm} UTC)";
    }

    /// <summary>
    /// Evidence ids are 16 hex digits; anything longer (a theme name in a record's place) is cut for one line.
    /// </summary>
    private static string Short(string id) => id.Length > 24 ? id[..24] + "…" : id;
}
