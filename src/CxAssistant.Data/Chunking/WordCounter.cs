namespace CxAssistant.Data.Chunking;

/// <summary>
/// Counts words (the chunker's unit; model tokens are counted with o200k by
/// <c>CxAssistant.Agents.Budget.TokenCounter</c>)
/// the way <see cref="Analysis.Text.WordTokenizer"/> splits them (letters/digits joined by inner
/// apostrophes, hyphens and decimal points), without allocating: chunking runs over every record.
/// </summary>
internal static class WordCounter
{
    public static int Count(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    count++;
                }
                inWord = true;
            }
            else if (inWord && IsJoiner(text, i) && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { }
            else if (char.IsHighSurrogate(c))
            {
                count++;
                inWord = false;
                i++;
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    /// <summary>
    /// End offsets after every <paramref name="size"/>-th word, for cutting a sentence with no punctuation.
    /// </summary>
    public static IEnumerable<int> WordEnds(string text, int start, int end, int size)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }
            while (
                i < end
                && (
                    char.IsLetterOrDigit(text[i])
                    || (IsJoiner(text, i) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                )
            )
            {
                i++;
            }
            if (++count % size == 0 && i < end)
            {
                yield return i;
            }
        }
    }

    // Decimal points and thousands commas join digits only ("2.5", "1,299"), as in WordTokenizer.
    private static bool IsJoiner(string text, int i) =>
        text[i] is '\'' or '\u2019' or '-' || (text[i] is '.' or ',' && char.IsDigit(text[i - 1]));
}
