using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Sentiment words that are part of a name: a capitalised word inside a sentence next to another capitalised word
/// ("a show called Bad Company", "bought it at Great Outdoors Depot", "camped at Lost Creek State Park") names a show,
/// shop or place; it is no verdict.
/// Sentences typed in title case ("The Food Was Great") and capitals at a sentence's start are left alone, and
/// multi-word phrases ("Happy Birthday") keep their meaning.
/// </summary>
internal static class NameWords
{
    public static bool IsPartOfName(TextAnalysis a, int start, int end)
    {
        if (end - start != 1 || a.Kinds[start] != TokenKind.Word || !Capitalised(a, start) || SentenceStart(a, start))
        {
            return false;
        }
        var previous = start > 0 && a.Sentence[start - 1] == a.Sentence[start] && NameNeighbour(a, start - 1);
        var next = end < a.Count && a.Sentence[end] == a.Sentence[start] && NameNeighbour(a, end);
        return (previous || next) && !TitleStyle(a, a.Sentence[start]);
    }

    private static bool NameNeighbour(TextAnalysis a, int i) =>
        a.Kinds[i] == TokenKind.Word && Capitalised(a, i) && !SentenceStart(a, i) && a.Words[i] != "i";

    private static bool Capitalised(TextAnalysis a, int i)
    {
        var c = a.Text[a.Starts[i]];
        return char.IsUpper(c) && !a.Shouting[i];
    }

    /// <summary>First word of its sentence, or after an opening quote, colon or dash that starts a new phrase.</summary>
    private static bool SentenceStart(TextAnalysis a, int i)
    {
        if (i == 0 || a.Sentence[i - 1] != a.Sentence[i])
        {
            return true;
        }
        return a.IsPunctuation(i - 1) && a.Words[i - 1] is ":" or ";" or "\n";
    }

    /// <summary>Half or more of a sentence's words capitalised: a headline or a title-case habit, not names.</summary>
    private static bool TitleStyle(TextAnalysis a, int sentence)
    {
        int words = 0,
            capitals = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Sentence[i] != sentence || a.Kinds[i] != TokenKind.Word)
            {
                continue;
            }
            words++;
            if (Capitalised(a, i))
            {
                capitals++;
            }
        }
        return capitals * 2 >= words;
    }
}
