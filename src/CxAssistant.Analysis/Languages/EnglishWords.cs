namespace CxAssistant.Analysis.Languages;

/// <summary>
/// The fast path of <see cref="LanguageIdentifier"/>: counts a text's letters and how many of its words are common
/// English function words that no other detected language spells the same way ("was", "is", "die", "a", "in", "on",
/// "me", "do" and "i" are left out for that reason). Allocation-free.
/// </summary>
internal readonly record struct EnglishWords(
    int Letters,
    int Words,
    int Hits,
    int SharedHits,
    int Foreign,
    bool AsciiLetters
)
{
    /// <summary>
    /// Least share of common English words for the fast path (measured on the public sets: docs/languages.md).
    /// </summary>
    public const double MinShare = 0.25;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "the",
        "and",
        "of",
        "to",
        "you",
        "your",
        "my",
        "this",
        "that",
        "with",
        "for",
        "but",
        "have",
        "has",
        "had",
        "they",
        "we",
        "our",
        "are",
        "were",
        "not",
        "be",
        "been",
        "it",
        "its",
        "it's",
        "at",
        "from",
        "what",
        "when",
        "there",
        "their",
        "would",
        "could",
        "should",
        "very",
        "just",
        "about",
        "because",
        "which",
        "she",
        "them",
        "than",
        "then",
        "if",
        "or",
        "all",
        "got",
        "get",
        "like",
        "out",
        "up",
        "only",
        "after",
        "never",
        "don't",
        "didn't",
        "i'm",
        "i've",
        "can't",
        "won't",
        "wasn't",
        "isn't",
        "by",
        "can",
        "how",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Common.GetAlternateLookup<
        ReadOnlySpan<char>
    >();

    /// <summary>
    /// English words other languages spell the same ("in", "no", "is", "was", "on", "a"): they count only for plain
    /// ASCII text with no word of another language, where "Best tacos in town no question" would otherwise go to the
    /// detector and come back French.
    /// </summary>
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "in",
        "no",
        "is",
        "was",
        "on",
        "a",
        "so",
        "me",
        "i",
        "do",
        "an",
        "am",
        "will",
        "also",
        "he",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SharedLookup =
        Shared.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Common words of the other Latin-script languages detected (German, Spanish, French, Italian, Portuguese, Dutch,
    /// Polish, Turkish) that English rarely uses. One of them only sends the text to the detector, so the list errs
    /// generous ("die", "hat", "war").
    /// </summary>
    private static readonly HashSet<string> OtherLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ich",
        "mit",
        "sie",
        "ein",
        "eine",
        "zu",
        "wir",
        "auf",
        "war",
        "sehr",
        "aber",
        "auch",
        "noch",
        "nur",
        "wie",
        "mir",
        "mich",
        "kein",
        "keine",
        "wurde",
        "hat",
        "habe",
        "bei",
        "von",
        "dem",
        "den",
        "des",
        "sich",
        "oder",
        "el",
        "la",
        "los",
        "las",
        "que",
        "y",
        "en",
        "por",
        "con",
        "muy",
        "pero",
        "es",
        "una",
        "un",
        "lo",
        "se",
        "su",
        "para",
        "del",
        "al",
        "mi",
        "nada",
        "bien",
        "mal",
        "fue",
        "esta",
        "este",
        "todo",
        "como",
        "le",
        "les",
        "et",
        "est",
        "pas",
        "une",
        "du",
        "je",
        "il",
        "elle",
        "nous",
        "vous",
        "mais",
        "avec",
        "pour",
        "ce",
        "qui",
        "au",
        "sur",
        "tout",
        "ne",
        "tres",
        "che",
        "non",
        "di",
        "per",
        "sono",
        "ma",
        "molto",
        "della",
        "gli",
        "questo",
        "anche",
        "ho",
        "nao",
        "um",
        "uma",
        "com",
        "muito",
        "mas",
        "foi",
        "os",
        "da",
        "em",
        "na",
        "meu",
        "minha",
        "het",
        "een",
        "niet",
        "ik",
        "zijn",
        "voor",
        "maar",
        "dat",
        "van",
        "op",
        "te",
        "wel",
        "ook",
        "heel",
        "goed",
        "nie",
        "jest",
        "na",
        "za",
        "ze",
        "jak",
        "ale",
        "bardzo",
        "bir",
        "ve",
        "bu",
        "cok",
        "ama",
        "icin",
        "ile",
        "yok",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup =
        OtherLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// At least two common English words, and a quarter or more of all words. Accented letters do not matter: the
    /// detector's rules take one letter only French writes as proof of French ("the café was lovely and the crème
    /// brûlée was superb"), while no other detected language is a quarter made of these words.
    /// </summary>
    public bool IsPlainEnglish =>
        Hits >= 2 && Hits >= MinShare * Words
        // Plain ASCII with an English word and no word of another language ("Checkout kept timing out"): most short
        // English records, which would otherwise all go to the detector (measured with cx bench: docs/languages.md).
        || AsciiLetters && Hits + SharedHits >= 1 && Foreign == 0;

    public static EnglishWords Count(string text)
    {
        int letters = 0,
            words = 0,
            hits = 0,
            shared = 0,
            foreign = 0;
        var ascii = true;
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[8];
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (
                i < span.Length
                && (
                    char.IsLetter(span[i])
                    || span[i] is '\'' or '’' && i + 1 < span.Length && char.IsLetter(span[i + 1])
                )
            )
            {
                if (char.IsLetter(span[i]))
                {
                    letters++;
                    if (span[i] > 127)
                    {
                        ascii = false;
                    }
                }
                i++;
            }
            words++;
            var word = span[start..i];
            if (word.Length > 7)
            {
                continue;
            }
            var normal = Normalise(word, buffer);
            if (Lookup.Contains(normal))
            {
                hits++;
            }
            else if (OtherLookup.Contains(normal))
            {
                foreign++;
            }
            else if (SharedLookup.Contains(normal))
            {
                shared++;
            }
        }
        return new EnglishWords(letters, words, hits, shared, foreign, ascii);
    }

    /// <summary>A curly apostrophe as a straight one, so "don’t" is looked up as "don't".</summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOf('’') < 0)
        {
            return word;
        }
        word.CopyTo(buffer);
        buffer = buffer[..word.Length];
        buffer.Replace('’', '\'');
        return buffer;
    }
}
