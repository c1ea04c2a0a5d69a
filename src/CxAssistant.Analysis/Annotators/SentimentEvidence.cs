namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Turns lexicon matches into weighted contributions: modifiers in the three tokens before a phrase
/// (negators flip, intensifiers and shouting amplify, downtoners soften), clause weights, sarcasm
/// (<see cref="SarcasmRules"/>) and politeness rules.
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
            if (m.Value.Valence == 0)
            {
                continue;
            }
            var value = Modify(a, m.Start, m.End, m.Value) * weights[m.Start];
            list.Add(
                new Contribution(
                    m.Start,
                    m.End,
                    value,
                    m.Value.Valence > 0 && Lexicons.SarcasmProne.Contains(a.Words[m.Start])
                )
            );
        }
        if (a.Count <= SarcasmMaxTokens)
        {
            SarcasmRules.Apply(a, list);
        }
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
            if (a.IsPunctuation(k))
            {
                break;
            }
            var w = a.Words[k];
            if (w is "but" or "however" or "although")
            {
                break;
            }
            if (Lexicons.Negators.Contains(w))
            {
                negated = !entry.Fixed;
                adjacent |= k == start - 1;
            }
            else if (Lexicons.Intensifiers.Contains(w))
            {
                multiplier *= k == start - 1 ? 1.35 : 1.15;
            }
            else if (Lexicons.Downtoners.Contains(w))
            {
                multiplier *= 0.6;
            }
        }
        for (var k = start; k < end; k++)
        {
            if (a.Shouting[k])
            {
                multiplier *= 1.4;
                break;
            }
        }
        // "not happy" turns negative; "not bad" only turns mildly positive, and only when the negator is
        // adjacent ("not wanting to wait" is no praise).
        if (negated)
        {
            value =
                value > 0 ? -0.75 * value
                : adjacent ? -0.35 * value
                : 0;
        }
        return value * multiplier;
    }

    /// <summary>A lone "thanks" on a question or request is politeness, not praise.</summary>
    private static void ApplyPoliteness(TextAnalysis a, List<Contribution> list)
    {
        var polite = -1;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Value < 0)
            {
                return;
            }
            if (a.Words[list[i].Start] is "thanks" or "thank" or "cheers")
            {
                polite = i;
            }
            else if (list[i].Value > 0.3)
            {
                return;
            }
        }
        if (polite < 0)
        {
            return;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (
                a.Words[i]
                is "?"
                    or "can"
                    or "could"
                    or "please"
                    or "need"
                    or "want"
                    or "would"
                    or "how"
                    or "when"
                    or "where"
            )
            {
                list[polite] = list[polite] with { Value = list[polite].Value * 0.3 };
                return;
            }
        }
    }
}
