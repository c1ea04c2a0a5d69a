namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>Small English word forms the jobs stage needs to write outcomes and labels from a verb.</summary>
internal static class JobWords
{
    private const string Vowels = "aeiou";

    /// <summary>"get" → "getting", "make" → "making", "visit" → "visiting", "see" → "seeing".</summary>
    public static string Gerund(string verb)
    {
        var v = verb.ToLowerInvariant();
        if (v.EndsWith("ie", StringComparison.Ordinal))
        {
            return v[..^2] + "ying";
        }
        if (v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) && v.Length > 2)
        {
            return v[..^1] + "ing";
        }
        // One short syllable ending consonant-vowel-consonant doubles its last letter ("shop" → "shopping").
        if (
            v is not ("open" or "edit" or "offer")
            && v.Length is >= 3 and <= 4
            && !Vowels.Contains(v[^1])
            && v[^1] is not ('w' or 'x' or 'y')
            && Vowels.Contains(v[^2])
            && !Vowels.Contains(v[^3])
        )
        {
            return v + v[^1] + "ing";
        }
        return v + "ing";
    }

    /// <summary>"Find" + "parking" + "near the hotel" as a clause: "find parking near the hotel".</summary>
    public static string Clause(JobPhrase phrase, bool withClarifier = false) =>
        string.Join(
            ' ',
            new[] { phrase.Verb.ToLowerInvariant(), phrase.Object, withClarifier ? phrase.Clarifier : "" }.Where(p =>
                p.Length > 0
            )
        );

    /// <summary>"a" or "an" before a word, by its first letter (good enough for generated clarifiers).</summary>
    public static string Article(string word) =>
        word.Length > 0 && Vowels.Contains(char.ToLowerInvariant(word[0])) ? "an" : "a";
}
