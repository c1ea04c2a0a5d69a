namespace CxAssistant.Chat.Tools;

/// <summary>
/// One piece of evidence found: its citation number (the quote is in the citation), labels and search score.
/// </summary>
public sealed record EvidenceHit(
    int Citation,
    string RecordId,
    string Source,
    int Line,
    string Channel,
    string? Touchpoint,
    string Sentiment,
    double Score
);
