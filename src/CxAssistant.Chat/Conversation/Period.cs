namespace CxAssistant.Chat.Conversation;

/// <summary>
/// A stretch of time as the metrics tool reads it: <see cref="Since"/> inclusive, <see cref="Until"/> exclusive for a
/// day and to the end of the month for a bare <c>yyyy-mm</c>; either may be open. <see cref="Label"/> is what the
/// answer calls it.
/// </summary>
internal sealed record Period(string Label, string? Since, string? Until);

/// <summary>
/// Two periods to compare (earlier first), and how the split was found (e.g. the record that dates an event).
/// </summary>
internal sealed record PeriodComparison(
    Period Earlier,
    Period Later,
    string? How = null,
    string? EventEvidenceId = null
);
