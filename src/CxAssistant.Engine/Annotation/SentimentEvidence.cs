using CxAssistant.Engine.Text;

namespace CxAssistant.Engine.Annotation;

/// <summary>
/// Turns lexicon matches into weighted contributions: modifiers in the three tokens before a phrase
/// (negators flip, intensifiers and shouting amplify, downtoners soften), clause weights, sarcasm and
/// politeness rules.
/// </summary>
internal static class SentimentEvidence
{
    /// <summary>Sarcasm is a short-text phenomenon; long reviews weigh pros and cons instead.</summary>
    private const int SarcasmMaxTokens = 45;

    public static List<Contribution> Collect(TextAnalysis a)
    {
        var weights = ClauseWeights.Compute(a);
        var matches = Lexicons.Sentiment.Match(a);
        var list = new List<Contribution>(matches.Count);
        foreach (var m in matches)
        {
            if (m.Value.Valence == 0) continue;
            var value = Modify(a, m.Start, m.End, m.Value) * weights[m.Start];
            list.Add(new Contribution(m.Start, m.End, value, m.Value.Valence > 0 && Lexicons.SarcasmProne.Contains(a.Words[m.Start])));
        }
        if (a.Count <= SarcasmMaxTokens) ApplySarcasm(a, list);
        ApplyPoliteness(a, list);
        return list;
    }

    private static double Modify(TextAnalysis a, int start, int end, SentimentEntry entry)
    {
        var value = entry.Valence;
        var multiplier = 1.0;
        var negated = false;
        var adjacent = false;
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (a.IsPunctuation(k)) break;
            var w = a.Words[k];
            if (w is "but" or "however" or "although") break;
            if (Lexicons.Negators.Contains(w)) { negated = !entry.Fixed; adjacent |= k == start - 1; }
            else if (Lexicons.Intensifiers.Contains(w)) multiplier *= k == start - 1 ? 1.35 : 1.15;
            else if (Lexicons.Downtoners.Contains(w)) multiplier *= 0.6;
        }
        for (var k = start; k < end; k++)
        {
            if (a.Shouting[k]) { multiplier *= 1.4; break; }
        }
        // "not happy" turns negative; "not bad" only turns mildly positive, and only when the negator is
        // adjacent ("not wanting to wait" is no praise).
        if (negated) value = value > 0 ? -0.75 * value : adjacent ? -0.35 * value : 0;
        return value * multiplier;
    }

    /// <summary>"great, another delay", "love waiting on hold", "thanks a lot" after a complaint: praise words inside a complaint are irony.</summary>
    private static void ApplySarcasm(TextAnalysis a, List<Contribution> list)
    {
        double negative = 0, sincere = 0;
        var candidates = 0;
        foreach (var c in list)
        {
            if (c.Value < 0) negative -= c.Value;
            else if (c.SarcasmProne) candidates++;
            else sincere += c.Value;
        }
        if (candidates == 0) return;
        var marker = HasIronyMarker(a);
        if (!marker && (negative < 1.0 || sincere >= 0.6 * negative)) return;
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            if (!c.SarcasmProne || c.Value <= 0 || HasContrast(a, a.Sentence[c.Start])) continue;
            var sentence = a.Sentence[c.Start];
            if (marker || SentenceHasNegative(a, list, sentence) || LovesTheProblem(a, c.End)
                || negative >= 1.0 && ShortSentence(a, sentence))
                list[i] = c with { Value = -0.8 * c.Value, SarcasmProne = false };
        }
    }

    /// <summary>A lone "thanks" on a question or request is politeness, not praise.</summary>
    private static void ApplyPoliteness(TextAnalysis a, List<Contribution> list)
    {
        var polite = -1;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Value < 0) return;
            if (a.Words[list[i].Start] is "thanks" or "thank" or "cheers") polite = i;
            else if (list[i].Value > 0.3) return;
        }
        if (polite < 0) return;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Words[i] is "?" or "can" or "could" or "please" or "need" or "want" or "would" or "how" or "when" or "where")
            {
                list[polite] = list[polite] with { Value = list[polite].Value * 0.3 };
                return;
            }
        }
    }

    /// <summary>"love waiting on hold", "love how my order got split": praise aimed at an activity or a situation.</summary>
    private static bool LovesTheProblem(TextAnalysis a, int next) =>
        next < a.Count && next > 0 && a.Words[next - 1] is "love" or "loving" or "loved"
        && (a.Words[next] is "how" or "that" or "when" or "it" || a.Words[next].EndsWith("ing", StringComparison.Ordinal) && a.Words[next].Length > 4);

    /// <summary>Praise in a sentence that weighs it with "but" ("good, but loose") is a genuine counterweight, not irony.</summary>
    private static bool HasContrast(TextAnalysis a, int sentence)
    {
        for (var k = 0; k < a.Count; k++)
        {
            if (a.Sentence[k] == sentence && a.Words[k] is "but" or "however" or "though" or "although") return true;
        }
        return false;
    }

    private static bool HasIronyMarker(TextAnalysis a)
    {
        for (var i = 0; i < a.Count; i++)
        {
            var w = a.Words[i];
            if (w is "🙄" or "🙃" or "😒") return true;
            if (w == "👏" && i + 1 < a.Count && a.Words[i + 1] == "👏") return true;
            if (w == "yeah" && i + 1 < a.Count && a.Words[i + 1] == "right") return true;
            if (w == "not" && a.Kinds[i] == TokenKind.Word && a.Starts[i] > 0 && a.Text[a.Starts[i] - 1] == '#') return true;
        }
        return false;
    }

    private static bool SentenceHasNegative(TextAnalysis a, List<Contribution> list, int sentence)
    {
        foreach (var c in list)
        {
            if (c.Value < 0 && a.Sentence[c.Start] == sentence) return true;
        }
        return false;
    }

    private static bool ShortSentence(TextAnalysis a, int sentence)
    {
        var words = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Sentence[i] == sentence && a.Kinds[i] != TokenKind.Punctuation) words++;
        }
        return words <= 4;
    }
}

