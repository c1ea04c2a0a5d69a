using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Irony in short complaints: praise words ("great", "love", "thanks") that sit inside a complaint are read
/// as negative. Praise in a "but" sentence, and thanks for something neutral, stay sincere.
/// </summary>
internal static class SarcasmRules
{
    /// <summary>
    /// "great, another delay", "love waiting on hold", "thanks a lot" after a complaint: praise words inside a
    /// complaint are irony.
    /// </summary>
    public static void Apply(TextAnalysis a, List<Contribution> list)
    {
        double negative = 0,
            sincere = 0;
        var candidates = 0;
        foreach (var c in list)
        {
            // Praise negated by the writer ("wasn't this good") is a reservation, not the complaint irony needs.
            if (c.Value < 0 && !c.NegatedPraise)
            {
                negative -= c.Value;
            }
            else if (c.Value < 0)
            {
                continue;
            }
            else if (c.SarcasmProne)
            {
                candidates++;
            }
            else
            {
                sincere += c.Value;
            }
        }
        if (candidates == 0)
        {
            return;
        }
        var marker = HasIronyMarker(a);
        if (!marker && (negative < 1.0 || sincere >= 0.6 * negative))
        {
            return;
        }
        if (!marker)
        {
            // Sincere thanks for something neutral ("thanks for the update on the delay") make the whole text sincere.
            foreach (var c in list)
            {
                if (c.SarcasmProne && ThankedObject(a, list, c) == false)
                {
                    return;
                }
            }
        }
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (!c.SarcasmProne || c.Value <= 0 || HasContrast(a, a.Sentence[c.Start]))
            {
                continue;
            }
            var sentence = a.Sentence[c.Start];
            var thanked = ThankedObject(a, list, c);
            var ironic =
                marker
                || (
                    thanked
                    ?? (
                        SentenceHasNegative(a, list, sentence)
                        || LovesTheProblem(a, c.End)
                        || negative >= 1.0 && ShortSentence(a, sentence)
                    )
                );
            if (ironic)
            {
                list[i] = c with { Value = -0.8 * c.Value, SarcasmProne = false };
            }
        }
    }

    /// <summary>
    /// "thanks for the 5 hour delay" is irony, "thanks for the update on the delay" is not: what is thanked for
    /// decides. Null when the praise word has no "for …" object.
    /// </summary>
    private static bool? ThankedObject(TextAnalysis a, List<Contribution> list, Contribution c)
    {
        if (a.Words[c.Start] is not ("thanks" or "thank" or "appreciate"))
        {
            return null;
        }
        var forAt = -1;
        for (var k = c.End; k < a.Count && k < c.End + 3 && !a.IsPunctuation(k); k++)
        {
            if (a.Words[k] == "for")
            {
                forAt = k;
                break;
            }
        }
        if (forAt < 0)
        {
            return null;
        }
        foreach (var other in list)
        {
            if (
                other.Value < 0
                && other.Start > forAt
                && other.Start <= forAt + 4
                && a.Sentence[other.Start] == a.Sentence[forAt]
            )
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "love waiting on hold", "love how my order got split": praise aimed at an activity or a situation.
    /// </summary>
    private static bool LovesTheProblem(TextAnalysis a, int next) =>
        next < a.Count
        && next > 0
        && a.Words[next - 1] is "love" or "loving" or "loved"
        && (
            a.Words[next] is "how" or "that" or "when" or "it"
            || a.Words[next].EndsWith("ing", StringComparison.Ordinal) && a.Words[next].Length > 4
        );

    /// <summary>
    /// Praise in a sentence that weighs it with "but" ("good, but loose") is a genuine counterweight, not irony.
    /// </summary>
    private static bool HasContrast(TextAnalysis a, int sentence)
    {
        for (var k = 0; k < a.Count; k++)
        {
            if (a.Sentence[k] == sentence && a.Words[k] is "but" or "however" or "though" or "although")
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasIronyMarker(TextAnalysis a)
    {
        for (var i = 0; i < a.Count; i++)
        {
            var w = a.Words[i];
            if (w is "🙄" or "🙃" or "😒")
            {
                return true;
            }
            if (w == "👏" && i + 1 < a.Count && a.Words[i + 1] == "👏")
            {
                return true;
            }
            if (w == "yeah" && i + 1 < a.Count && a.Words[i + 1] == "right")
            {
                return true;
            }
            // "#not", "#sarcasm": the writer labels the irony.
            if (
                w is "not" or "sarcasm"
                && a.Kinds[i] == TokenKind.Word
                && a.Starts[i] > 0
                && a.Text[a.Starts[i] - 1] == '#'
            )
            {
                return true;
            }
        }
        return EndsWithBareNot(a);
    }

    /// <summary>"Great job on the update!!! Not…": a last word "not" alone after a sentence takes the praise back.</summary>
    private static bool EndsWithBareNot(TextAnalysis a)
    {
        var last = a.Count - 1;
        while (last >= 0 && a.Kinds[last] != TokenKind.Word)
        {
            last--;
        }
        return last > 0 && a.Words[last] == "not" && a.Kinds[last - 1] == TokenKind.Punctuation;
    }

    private static bool SentenceHasNegative(TextAnalysis a, List<Contribution> list, int sentence)
    {
        foreach (var c in list)
        {
            if (c.Value < 0 && !c.NegatedPraise && a.Sentence[c.Start] == sentence)
            {
                return true;
            }
        }
        return false;
    }

    private static bool ShortSentence(TextAnalysis a, int sentence)
    {
        var words = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Sentence[i] == sentence && a.Kinds[i] != TokenKind.Punctuation)
            {
                words++;
            }
        }
        return words <= 4;
    }
}
