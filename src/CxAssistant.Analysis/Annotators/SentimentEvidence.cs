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
            if (m.Value.Valence == 0 || NameWords.IsPartOfName(a, m.Start, m.End))
            {
                continue;
            }
            var (modified, negator) = Modify(a, m.Start, m.End, m.Value);
            var value = modified * weights[m.Start];
            // A negated word cites its negator too ("never been disappointed"), so the span shows what was read.
            list.Add(
                new Contribution(
                    negator ?? m.Start,
                    m.End,
                    value,
                    m.Value.Valence > 0 && Lexicons.SarcasmProne.Contains(a.Words[m.Start]),
                    m.Value.Valence > 0 && value < 0
                )
            );
        }
        AddRepetition(a, matches, weights, list);
        if (a.Count <= SarcasmMaxTokens)
        {
            SarcasmRules.Apply(a, list);
        }
        ApplyPoliteness(a, list);
        return list;
    }

    private const double RepetitionValue = -0.5;

    /// <summary>
    /// "again", "still", "forever" say a complaint repeats ("logs me out, I have to enter the code again"); alone
    /// they are no verdict ("see her again", "still my favourite"). They count only in a sentence that already
    /// complains, and never when a lexicon phrase has used them.
    /// </summary>
    private static void AddRepetition(
        TextAnalysis a,
        List<PhraseMatch<SentimentEntry>> matches,
        double[] weights,
        List<Contribution> list
    )
    {
        var count = list.Count;
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Words[i] is not ("again" or "still" or "forever") || Covered(matches, i))
            {
                continue;
            }
            for (var j = 0; j < count; j++)
            {
                var c = list[j];
                if (c.Value < 0 && !c.NegatedPraise && a.Sentence[c.Start] == a.Sentence[i])
                {
                    list.Add(new Contribution(i, i + 1, RepetitionValue * weights[i], false));
                    break;
                }
            }
        }
    }

    private static bool Covered(List<PhraseMatch<SentimentEntry>> matches, int i)
    {
        foreach (var m in matches)
        {
            if (m.Start <= i && i < m.End)
            {
                return true;
            }
        }
        return false;
    }

    private static (double Value, int? Negator) Modify(TextAnalysis a, int start, int end, SentimentEntry entry)
    {
        var value = entry.Valence;
        var multiplier = 1.0;
        var negated = false;
        int? negator = null;
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
                negator = negated ? k : null;
                adjacent |= k == start - 1 || Bridged(a, k + 1, start);
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
        // A negated strong word is a reservation, not a strong verdict: "not spectacular" is nearer "so-so" than
        // "terrible", so the flipped praise is capped at NegatedPraiseCap.
        if (negated)
        {
            value =
                value > 0 ? -Math.Min(0.75 * value, NegatedPraiseCap)
                : adjacent ? -0.35 * value
                : 0;
        }
        return (value * multiplier, negated ? negator : null);
    }

    private const double NegatedPraiseCap = 1.2;

    /// <summary>
    /// Words that keep a negator attached to the word it negates: "never been disappointed", "not once a problem",
    /// "never had a bad meal" read as "not disappointed", "no problem", "not bad".
    /// </summary>
    private static bool Bridged(TextAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (
                a.Words[k]
                is not (
                    "be"
                    or "been"
                    or "being"
                    or "was"
                    or "were"
                    or "is"
                    or "are"
                    or "ever"
                    or "once"
                    or "had"
                    or "have"
                    or "has"
                    or "a"
                    or "an"
                    or "any"
                    or "one"
                )
            )
            {
                return false;
            }
        }
        return true;
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
