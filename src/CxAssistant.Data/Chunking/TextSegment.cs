namespace CxAssistant.Data.Chunking;

/// <summary>
/// A unit the packer never cuts: a heading, paragraph, list item or sentence, with its word-token count.
/// </summary>
internal readonly record struct TextSegment(
    int Start,
    int End,
    int Tokens,
    string? Heading = null,
    bool StartsSection = false
);
