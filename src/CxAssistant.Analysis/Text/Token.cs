namespace CxAssistant.Analysis.Text;

/// <summary>
/// A word, number or emoji in a text: its lower-cased form and its [Start, End) offsets in the original.
/// </summary>
public readonly record struct Token(string Value, int Start, int End, TokenKind Kind);

public enum TokenKind
{
    Word,
    Number,
    Emoji,

    /// <summary>
    /// Sentence or clause punctuation kept for scope rules: . ! ? , ; : and "but"-like breaks are words.
    /// </summary>
    Punctuation,
}
