using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The patterns life contexts are found by: words around a slot, written for kinds of situations (a role, a companion,
/// an occasion, a moment of the day, a group order) in general English, never for one business. What fills the slot
/// comes from the data, and is kept only when the data confirms it is what the kind needs: a companion is a word
/// customers also use for a person ("my husband and I", "my kids loved"), an occasion one they also celebrate.
/// </summary>
internal static partial class LifeContextPatterns
{
    /// <summary>"as a nurse", "I'm a student", "being a new mum".</summary>
    [GeneratedRegex(@"\b(?:as an?|i'?m an?|i am an?|being an?)\s+(?<s>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)", Options)]
    public static partial Regex Role();

    /// <summary>"with my kids", "for my wife", "took our two boys", "and my husband".</summary>
    [GeneratedRegex(
        @"\b(?:with|for|took|brought|take|bring|taking|bringing|and)\s+(?:my|our)\s+"
            + @"(?:(?:two|three|four|\d+|little|young|elderly|old|teenage|grown|best)\s+)?(?<s>[a-z]+?)(?:'s)?\b",
        Options
    )]
    public static partial Regex Companion();

    /// <summary>What says a word is a person: "my husband and I", "my kids loved", "my daughter's".</summary>
    [GeneratedRegex(
        @"\b(?:my|our)\s+(?<s>[a-z]+?)(?:'s\b|\s+(?:and i|and me|who|said|says|loved|loves|love|enjoyed|enjoys|thought"
            + @"|thinks|wanted|wants|asked|likes|liked|hated|hates|is allergic|was born)\b)",
        Options
    )]
    public static partial Regex Person();

    /// <summary>"for my wedding", "for our anniversary", "for my daughter's birthday", "as a gift".</summary>
    [GeneratedRegex(
        @"\b(?:for|celebrat\w*|on)\s+(?:my|our|his|her|their|a|an|the)\s+(?:[a-z]+'s\s+)?(?:\d+\w*\s+)?(?<s>[a-z]+)\b"
            + @"|\bas an?\s+(?<s>gift|present|treat|surprise)\b",
        Options
    )]
    public static partial Regex Occasion();

    /// <summary>
    /// What says a word is an occasion: customers celebrate it, throw a party for it or count it ("our 10th …"); weaker
    /// (group <c>o</c>), they come for a person's one ("for my daughter's birthday").
    /// </summary>
    [GeneratedRegex(
        @"\bcelebrat\w*\s+(?:(?:my|our|his|her|their|a|an|the)\s+)?(?:[a-z]+'s\s+)?(?:\d+\w*\s+)?(?<s>[a-z]+)\b"
            + @"|\b(?<s>[a-z]+)\s+(?:party|celebration)\b|\bas an?\s+(?<s>gift|present|treat|surprise)\b"
            + @"|\b(?:my|our|his|her|their)\s+\d+(?:st|nd|rd|th)\s+(?<s>[a-z]+)\b"
            + @"|\b(?:for|on)\s+(?:my|our|his|her|their)\s+[a-z]+'s\s+(?<o>(?<s>[a-z]+))\b",
        Options
    )]
    public static partial Regex OccasionWord();

    /// <summary>
    /// "on my commute", "during our lunch break", "working from home", "on a business trip", "while travelling".
    /// </summary>
    [GeneratedRegex(
        @"\b(?<p>on|during)\s+(?:my|our)\s+(?<s>[a-z]+(?:\s+[a-z]+)?)"
            + @"|\b(?<p>work(?:ing)?\s+from)\s+(?<s>home)\b"
            + @"|\b(?<p>on\s+(?:my|our|the)\s+way)\s+(?<s>(?:to|from)\s+(?:the\s+)?[a-z]+|home)\b"
            + @"|\b(?<p>on|for)\s+(?:a|an|our|my|the)\s+"
            + @"(?<s>[a-z]+\s+(?:trip|holiday|vacation|getaway|break|weekend))\b"
            + @"|\b(?<p>while)\s+(?:i\s+was\s+|we\s+were\s+|i'?m\s+|i\s+am\s+|we'?re\s+)?(?<s>[a-z]{3,}ing)\b",
        Options
    )]
    public static partial Regex Circumstance();

    /// <summary>Buying for an organisation or a crowd: "catering for 40 people", "for our office", "in bulk".</summary>
    [GeneratedRegex(
        @"\b(?:catering|catered|wholesale|in bulk|bulk orders?|po number)\b"
            + @"|\bfor\s+(?:~|about\s+|around\s+|over\s+)?\d{2,}\s+(?:people|guests|staff|colleagues|employees|kids"
            + @"|students)\b|\bfor\s+(?:our|my|the)\s+(?:team|office|staff|company|school|class|club|church)\b",
        Options
    )]
    public static partial Regex Group();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
}
