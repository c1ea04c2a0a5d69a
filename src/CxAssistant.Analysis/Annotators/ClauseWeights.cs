using System.Collections.Frozen;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Per-token weights from sentence structure: the clause after "but"/"however" counts more than the one
/// before it, a concessive "although …," clause counts less, questions are mostly asks rather than verdicts,
/// "!" amplifies, and review verdicts ("overall…", the last sentence of a long text) count more.
/// </summary>
internal static class ClauseWeights
{
    private static readonly FrozenSet<string> Adversative = FrozenSet.ToFrozenSet(
        ["but", "however", "nevertheless", "nonetheless", "except", "unfortunately", "sadly"],
        StringComparer.Ordinal
    );

    private static readonly FrozenSet<string> Concessive = FrozenSet.ToFrozenSet(
        ["although", "though", "despite", "whilst"],
        StringComparer.Ordinal
    );

    private static readonly FrozenSet<string> Verdict = FrozenSet.ToFrozenSet(
        ["overall", "summary", "conclusion", "verdict", "ultimately", "bottom"],
        StringComparer.Ordinal
    );

    public static double[] Compute(TextAnalysis a)
    {
        var w = new double[a.Count];
        Array.Fill(w, 1.0);
        var start = 0;
        var previousStart = -1;
        while (start < a.Count)
        {
            var end = start;
            while (end < a.Count && a.Sentence[end] == a.Sentence[start])
            {
                end++;
            }
            WeighSentence(a, w, start, end, previousStart);
            previousStart = start;
            start = end;
        }
        if (a.SentenceCount >= 3)
        {
            var last = a.SentenceCount - 1;
            for (var i = a.Count - 1; i >= 0 && a.Sentence[i] == last; i--)
            {
                w[i] *= 1.3;
            }
        }
        return w;
    }

    private static void WeighSentence(TextAnalysis a, double[] w, int start, int end, int previousStart)
    {
        var exclamations = 0;
        var question = false;
        for (var i = start; i < end; i++)
        {
            if (!a.IsPunctuation(i))
            {
                continue;
            }
            if (a.Words[i] == "!")
            {
                exclamations++;
            }
            else if (a.Words[i] == "?")
            {
                question = true;
            }
        }
        var factor = 1.0 + 0.12 * Math.Min(exclamations, 3);
        if (question)
        {
            factor *= 0.6;
        }
        for (var i = start; i < Math.Min(end, start + 3); i++)
        {
            if (Verdict.Contains(a.Words[i]) && (a.Words[i] != "bottom" || i + 1 < end && a.Words[i + 1] == "line"))
            {
                factor *= 1.5;
            }
        }
        for (var i = start; i < end; i++)
        {
            w[i] *= factor;
        }

        for (var i = start; i < end; i++)
        {
            var word = a.Words[i];
            if (Adversative.Contains(word) && !(word is "unfortunately" or "sadly" && i != start))
            {
                if (i == start && previousStart >= 0)
                {
                    // "… . But the room was dirty." demotes the previous sentence.
                    for (var k = previousStart; k < start; k++)
                    {
                        w[k] *= 0.6;
                    }
                    for (var k = start; k < end; k++)
                    {
                        w[k] *= 1.2;
                    }
                }
                else if (i > start)
                {
                    for (var k = start; k < i; k++)
                    {
                        w[k] *= 0.5;
                    }
                    for (var k = i + 1; k < end; k++)
                    {
                        w[k] *= 1.5;
                    }
                }
                return;
            }
            // "even if the food wasn't this good, the garden is great": "even if" concedes like "although".
            if (Concessive.Contains(word) || word == "if" && i > start && a.Words[i - 1] == "even")
            {
                var trailing = i + 1 >= end || a.IsPunctuation(i + 1);
                if (trailing)
                {
                    // "Parking is expensive though." is a minor caveat.
                    for (var k = start; k < end; k++)
                    {
                        w[k] *= 0.7;
                    }
                    return;
                }
                var comma = i + 1;
                while (comma < end && a.Words[comma] != ",")
                {
                    comma++;
                }
                for (var k = i; k < comma; k++)
                {
                    w[k] *= 0.5;
                }
                if (i <= start + 1)
                {
                    for (var k = comma; k < end; k++)
                    {
                        w[k] *= 1.3;
                    }
                }
                return;
            }
        }
    }
}
