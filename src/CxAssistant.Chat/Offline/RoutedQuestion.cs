namespace CxAssistant.Chat.Offline;

/// <summary>
/// A question after routing: the intent and what was recognised in it (touchpoint id, segment as field=value or a
/// field to break down by, period as yyyy-mm, the search words). <see cref="Reason"/> says why offline mode declines.
/// </summary>
public sealed record RoutedQuestion(
    string Question,
    ChatIntent Intent,
    string? TouchpointId = null,
    string? Segment = null,
    string? SegmentField = null,
    string? Period = null,
    bool ByMonth = false,
    string? SearchText = null,
    string? Reason = null,
    string? Sentiment = null
);
