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

    /// <summary>
    /// How often <paramref name="word"/> (a word or a phrase) is used as a noun, and how often otherwise. Besides the
    /// word before and after each use, the data's own grammar counts: a sentence that opens with the word and goes on
    /// with an object ("Show me…", "Check the status") is an instruction, and a past form after a subject ("they
    /// showed", "I swiped") is the word conjugated as a verb; both are other uses.
    /// </summary>
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
        var opening = new Regex(
            @"(?:^|[.!?;:]\s+|\n)\W*" + Regex.Escape(word) + @"[ ]+(?<after>[\p{L}']+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        );
        var conjugated = PastForms(word) is { Count: > 0 } forms
            ? new Regex(
                @"\b(?:i|we|you|they|he|she|it)\s+(?:" + string.Join('|', forms.Select(Regex.Escape)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
            )
            : null;
        foreach (var u in unitIndexes)
        {
            var text = units[u].Text;
            foreach (Match m in use.Matches(text))
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
            foreach (Match m in opening.Matches(text))
            {
                other += OtherAfter.Contains(m.Groups["after"].Value) ? 1 : 0;
            }
            other += conjugated?.Matches(text).Count ?? 0;
        }
        return (noun, other);
    }

    /// <summary>The regular past forms of a one-word verb ("show" → showed, "swipe" → swiped, "stop" → stopped).</summary>
    private static List<string> PastForms(string word)
    {
        if (word.Length < 3 || !word.All(char.IsLetter))
        {
            return [];
        }
        var w = word.ToLowerInvariant();
        List<string> forms = [w.EndsWith('e') ? w + "d" : w + "ed"];
        if (
            w[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'x' or 'y')
            && w[^2] is 'a' or 'e' or 'i' or 'o' or 'u'
        )
        {
            forms.Add(w + w[^1] + "ed");
        }
        if (w.EndsWith('y') && w[^2] is not ('a' or 'e' or 'o' or 'u'))
        {
            forms.Add(w[..^1] + "ied");
        }
        return forms;
    }
}
