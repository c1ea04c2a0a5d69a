namespace CxAssistant.Core.Evidence;

/// <summary>
/// A quote an artifact (persona card, job statement, hypothesis…) cites: the evidence id, the half-open span
/// [Start, End) into that record's text, and the quoted text itself. Valid only when
/// <c>record.Text[Start..End] == Text</c>; <see cref="Validation.GroundingCheck"/> verifies it.
/// </summary>
public sealed record EvidenceQuote(string EvidenceId, int Start, int End, string Text)
{
    /// <summary>Quotes [start, end) of a record's text.</summary>
    public static EvidenceQuote Of(EvidenceRecord record, int start, int end) =>
        new(record.Id, start, end, record.Text[start..end]);
}
