using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Whether a single word that would name a discovered theme is used as a noun — the name of a thing customers meet
/// ("the rental", "my deposit") — rather than a verb or a description ("to watch", "they open at", "ended up",
/// "so high"). No tagger: the word before each use says it. A determiner or possessive before it is a noun use; a
/// pronoun, "to", a modal, a negation, a form of "be" or an intensifier is not. A theme named by a word customers
/// mostly use otherwise is not a touchpoint.
/// </summary>
internal static class NounUse
{
    private static readonly HashSet<string> NounCues = new(
        [
            "the",
            "a",
            "an",
            "my",
            "your",
            "our",
            "their",
            "his",
            "her",
            "its",
            "this",
            "that",
            "these",
            "those",
            "every",
            "each",
            "any",
            "some",
            "no",
        ],
        StringComparer.OrdinalIgnoreCase
    );

    // After a subject, "to", a modal or a negation the next word is a verb (the phrase finder's own cues); after "it",
    // a form of "be" or an intensifier, an adjective.
    private static readonly HashSet<string> OtherCues = new(
        NounPhrases.VerbCues.Concat([
            "it",
            "am",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "so",
            "too",
            "very",
            "pretty",
            "quite",
        ]),
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// Words after a use that make it a verb or part of an idiom: an object ("show me", "end the"), a particle
    /// ("end up", "hands down").
    /// </summary>
    private static readonly HashSet<string> OtherAfter = new(
        [
            "me",
            "him",
            "her",
            "us",
            "them",
            "it",
            "up",
            "down",
            "out",
            "off",
            "the",
            "a",
            "an",
            "my",
            "your",
            "his",
            "their",
            "our",
        ],
        StringComparer.OrdinalIgnoreCase
    );

    private static readonly HashSet<string> Numerals = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// Suffixes that make a noun of an act ("rental", "payment", "registration"): a noun whatever comes before.
    /// </summary>
    private static readonly string[] NounSuffixes = ["al", "ment", "ation", "ness", "ity"];

    /// <summary>
    /// The name <paramref name="word"/> (a surface form) is a noun: it ends like one, or its noun uses are at least
    /// twice its other uses. A use after a pronoun, "to", a modal or an intensifier, or before an object or a particle,
    /// is another use; a count ("5 stars") is a rating, not a thing; "the end of", "the name of" is a frame around
    /// another noun, not the thing itself, so it counts for neither side.
    /// </summary>
    public static bool IsNoun(string word, IReadOnlyList<DiscoveryUnit> units, IEnumerable<int> unitIndexes)
    {
        if (NounSuffixes.Any(s => word.Length > s.Length + 3 && word.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var (noun, other) = Uses(word, units, unitIndexes);
        return noun > 0 && noun >= 2 * other;
    }

    /// <summary>How often <paramref name="word"/> (a word or a phrase) is used as a noun, and how often otherwise.</summary>
    public static (int Noun, int Other) Uses(
        string word,
        IReadOnlyList<DiscoveryUnit> units,
        IEnumerable<int> unitIndexes
    )
    {
        int noun = 0,
            other = 0;
        var use = new Regex(
            @"(?<before>[\p{L}\p{N}']+)[\s]+" + Regex.Escape(word) + @"(?![\p{L}-])(?:[ ]+(?<after>[\p{L}']+))?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        );
        foreach (var u in unitIndexes)
        {
            foreach (Match m in use.Matches(units[u].Text))
            {
                var before = m.Groups["before"].Value;
                var after = m.Groups["after"].Value;
                if (OtherAfter.Contains(after) || Numerals.Contains(before) || before.All(char.IsDigit))
                {
                    other++;
                }
                else if (NounCues.Contains(before))
                {
                    noun += after.Equals("of", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
                }
                else if (OtherCues.Contains(before))
                {
                    other++;
                }
            }
        }
        return (noun, other);
    }
}
