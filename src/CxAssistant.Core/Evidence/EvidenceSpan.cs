namespace CxAssistant.Core.Evidence;

/// <summary>A half-open character range [Start, End) into an evidence record's text.</summary>
public sealed record EvidenceSpan(string EvidenceId, int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The quoted text, or null when the span does not fit the text.</summary>
    public string? Resolve(string text) => Start >= 0 && End <= text.Length && Start < End ? text[Start..End] : null;
}
