using System.Collections.Frozen;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>
/// The baseline LANGUAGE.md compares against: count generic positive words minus negative words, no
/// phrases, negation, ratings or domain idioms (what a quick word-list classifier does).
/// </summary>
internal static class NaiveLexiconBaseline
{
    private static readonly FrozenSet<string> Positive = FrozenSet.ToFrozenSet([
        "good",
        "great",
        "love",
        "excellent",
        "amazing",
        "awesome",
        "best",
        "happy",
        "thanks",
        "thank",
        "nice",
        "perfect",
        "fantastic",
        "wonderful",
        "friendly",
        "helpful",
        "recommend",
        "beautiful",
        "comfortable",
        "clean",
        "easy",
        "fast",
        "glad",
        "pleased",
    ]);

    private static readonly FrozenSet<string> Negative = FrozenSet.ToFrozenSet([
        "bad",
        "terrible",
        "awful",
        "worst",
        "hate",
        "horrible",
        "poor",
        "rude",
        "broken",
        "dirty",
        "slow",
        "disappointed",
        "disappointing",
        "angry",
        "problem",
        "issue",
        "error",
        "wrong",
        "never",
        "not",
        "no",
        "late",
        "delayed",
        "cancelled",
        "lost",
    ]);

    public static string Classify(string text)
    {
        var score = 0;
        foreach (var t in WordTokenizer.Tokenize(text))
        {
            if (Positive.Contains(t.Value))
            {
                score++;
            }
            else if (Negative.Contains(t.Value))
            {
                score--;
            }
        }
        return score > 0 ? "positive"
            : score < 0 ? "negative"
            : "neutral";
    }
}
