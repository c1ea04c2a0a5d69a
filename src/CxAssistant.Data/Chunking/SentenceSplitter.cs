namespace CxAssistant.Data.Chunking;

/// <summary>
/// Splits a range of text into sentence segments (trimmed of surrounding whitespace): after . ! ? … followed
/// by a space and a non-lower-case letter, and at line breaks. Common abbreviations and initials do not end a
/// sentence. Good enough for chunk boundaries; not a linguistic sentence model.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
        [
            "mr",
            "mrs",
            "ms",
            "dr",
            "st",
            "vs",
            "etc",
            "e.g",
            "i.e",
            "no",
            "approx",
            "prof",
            "inc",
            "ltd",
            "jr",
            "sr",
            "mt",
            "ave",
            "rd",
            "fig",
            "dept",
        ],
        StringComparer.OrdinalIgnoreCase
    );

    public static void Split(string text, int start, int end, string? heading, List<TextSegment> into)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var boundary = -1;
            if (c == '\n')
            {
                boundary = i;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or '\u201D' or '\u2019')
                {
                    j++;
                }
                if (
                    j < end
                    && text[j] is ' ' or '\t'
                    && NextStartsSentence(text, j, end)
                    && !(c == '.' && IsAbbreviation(text, sentenceStart, i))
                )
                {
                    boundary = j;
                }
                i = j - 1;
            }
            if (boundary < 0)
            {
                continue;
            }
            Add(text, sentenceStart, boundary, heading, into);
            sentenceStart = boundary;
        }
        Add(text, sentenceStart, end, heading, into);
    }

    private static bool NextStartsSentence(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < end && !char.IsLower(text[i]);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var s = dot;
        while (s > sentenceStart && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }
        var word = text.AsSpan(s, dot - s);
        return word.Length == 1 || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, string? heading, List<TextSegment> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            into.Add(new TextSegment(start, end, WordCounter.Count(text, start, end), heading));
        }
    }
}
