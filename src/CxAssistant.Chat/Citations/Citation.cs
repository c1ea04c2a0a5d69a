namespace CxAssistant.Chat.Citations;

/// <summary>
/// A numbered citation: the record behind it (evidence id, the user's record id, source file and line, channel)
/// and a verbatim quote of the record's <em>redacted</em> text, so a citation can never reveal removed PII.
/// </summary>
public sealed record Citation(
    int Number,
    string EvidenceId,
    string RecordId,
    string Source,
    int Line,
    string Channel,
    string Quote
)
{
    /// <summary>"reviews.csv:12, record R-1042".</summary>
    public string Location => $"{Source}:{Line}, record {RecordId}";
}
