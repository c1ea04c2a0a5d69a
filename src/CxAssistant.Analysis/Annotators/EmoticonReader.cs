using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// The shared tokenizer keeps ':' but drops ')' and '(' so ":)" would be lost; this turns ASCII emoticons
/// into the emoji they stand for, so the lexicon only has to know the emoji.
/// </summary>
internal static class EmoticonReader
{
    private static readonly (string Emoticon, string Emoji)[] Emoticons =
    [
        (":-)", "🙂"),
        (":)", "🙂"),
        ("=)", "🙂"),
        (":]", "🙂"),
        (":-D", "😀"),
        (":D", "😀"),
        (";)", "😉"),
        (";-)", "😉"),
        (":-(", "☹"),
        (":(", "☹"),
        ("=(", "☹"),
        (":'(", "😢"),
        (":/", "😕"),
        (":-/", "😕"),
        ("<3", "❤"),
        (":P", "😛"),
        (":-P", "😛"),
        (":|", "😐"),
        (">:(", "😠"),
    ];

    public static List<Token> Merge(string text, List<Token> tokens)
    {
        if (text.IndexOf(':') < 0 && text.IndexOf(';') < 0 && text.IndexOf('=') < 0 && text.IndexOf('<') < 0)
        {
            return tokens;
        }
        List<Token>? found = null;
        foreach (var (emoticon, emoji) in Emoticons)
        {
            var at = text.IndexOf(emoticon, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + emoticon.Length;
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || emoticon[0] is '>' or '<';
                var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) && text[end] != '/';
                if (before && after && (found is null || !Overlaps(found, at, end)))
                {
                    (found ??= []).Add(new Token(emoji, at, end, TokenKind.Emoji));
                }
                at = text.IndexOf(emoticon, end, StringComparison.Ordinal);
            }
        }
        if (found is null)
        {
            return tokens;
        }
        var merged = new List<Token>(tokens.Count + found.Count);
        foreach (var t in tokens)
        {
            if (!Overlaps(found, t.Start, t.End))
            {
                merged.Add(t);
            }
        }
        merged.AddRange(found);
        merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    private static bool Overlaps(List<Token> tokens, int start, int end)
    {
        foreach (var t in tokens)
        {
            if (t.Start < end && start < t.End)
            {
                return true;
            }
        }
        return false;
    }
}
