using System.Globalization;

namespace CxAssistant.Analysis.Text;

/// <summary>
/// Splits customer text into lower-cased tokens with offsets. Words keep inner apostrophes and hyphens
/// ("don't", "check-in"); curly apostrophes are normalised; emoji and clause punctuation become their own
/// tokens so sentiment rules can see them. Allocation-light: one string per token.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> into <paramref name="tokens"/> (cleared first): a caller that reads the
    /// tokens at once can reuse one list for every text instead of allocating one per text.
    /// </summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var allDigits = true;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsLetterOrDigit(ch))
                    {
                        allDigits &= char.IsDigit(ch);
                        i++;
                        continue;
                    }
                    // Inner apostrophe / hyphen / decimal point joined to letters or digits on both sides.
                    if (
                        (ch is '\'' or '\u2019' or '-' || (ch is '.' or ',' && allDigits))
                        && i + 1 < text.Length
                        && char.IsLetterOrDigit(text[i + 1])
                        && i > start
                    )
                    {
                        if (ch is '.' or ',' && !char.IsDigit(text[i + 1]))
                        {
                            break;
                        }
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(
                    new Token(
                        Normalise(text.AsSpan(start, i - start)),
                        start,
                        i,
                        allDigits ? TokenKind.Number : TokenKind.Word
                    )
                );
                continue;
            }
            if (IsEmojiStart(text, i, out var len))
            {
                tokens.Add(new Token(text.Substring(i, len), i, i + len, TokenKind.Emoji));
                i += len;
                continue;
            }
            if (c is '.' or '!' or '?' or ',' or ';' or ':' or '\n')
            {
                tokens.Add(new Token(c.ToString(), i, i + 1, TokenKind.Punctuation));
            }
            i++;
        }
    }

    private static readonly WordTable Words = new();

    private static string Normalise(ReadOnlySpan<char> word)
    {
        // Lower-cased into a stack buffer (words are short), then shared through the word table.
        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            buffer[k] = word[k] == '\u2019' ? '\'' : char.ToLowerInvariant(word[k]);
        }
        return Words.Get(buffer);
    }

    private static bool IsEmojiStart(string text, int i, out int length)
    {
        length = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            return cp >= 0x1F000;
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat == UnicodeCategory.OtherSymbol && c >= '\u2600';
    }
}
