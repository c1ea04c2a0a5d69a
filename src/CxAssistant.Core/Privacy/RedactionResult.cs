namespace CxAssistant.Core.Privacy;

/// <summary>
/// Redacted text plus the replaced entities, ordered by position. Offsets map both ways so a quote found in
/// redacted text (by a model or the vector index) can be cited against the original record, and vice versa.
/// A position inside a redaction maps to the start of its counterpart; a span that touches a redaction grows
/// to cover all of it, so a mapped quote never cuts a placeholder or an entity in half.
/// </summary>
public sealed record RedactionResult(string Text, IReadOnlyList<Redaction> Redactions)
{
    public bool HasRedactions => Redactions.Count > 0;

    /// <summary>Maps an offset in the redacted text to the original text.</summary>
    public int ToOriginal(int redactedOffset) => Map(redactedOffset, toOriginal: true, isEnd: false);

    /// <summary>Maps an offset in the original text to the redacted text.</summary>
    public int ToRedacted(int originalOffset) => Map(originalOffset, toOriginal: false, isEnd: false);

    /// <summary>Maps a span [start, end) of the redacted text to the original text.</summary>
    public TextRange ToOriginal(int start, int end) => MapSpan(start, end, toOriginal: true);

    /// <summary>Maps a span [start, end) of the original text to the redacted text.</summary>
    public TextRange ToRedacted(int start, int end) => MapSpan(start, end, toOriginal: false);

    private TextRange MapSpan(int start, int end, bool toOriginal)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        var mappedStart = Map(start, toOriginal, isEnd: false);
        var mappedEnd = Map(end, toOriginal, isEnd: start < end);
        return new TextRange(mappedStart, Math.Max(mappedStart, mappedEnd));
    }

    // Walks the sorted redactions accumulating the length difference; redactions are few per text.
    private int Map(int offset, bool toOriginal, bool isEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var delta = 0;
        foreach (var r in Redactions)
        {
            var (fromStart, fromEnd, toStart, toEnd) = toOriginal
                ? (r.RedactedStart, r.RedactedEnd, r.OriginalStart, r.OriginalEnd)
                : (r.OriginalStart, r.OriginalEnd, r.RedactedStart, r.RedactedEnd);
            if (offset <= fromStart)
            {
                return offset + delta;
            }
            if (offset < fromEnd)
            {
                return isEnd ? toEnd : toStart;
            }
            delta = toEnd - fromEnd;
        }
        return offset + delta;
    }
}
