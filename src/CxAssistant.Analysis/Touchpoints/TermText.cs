using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The text normalisation every touchpoint vocabulary and every matched text goes through, so that
/// "cancelled", "canceled" and "cancel" meet: lower-case tokens from <see cref="WordTokenizer"/>, light
/// suffix stripping (plurals, -ing, -ed, final e) and a filler list dropped inside phrases ("left at my door"
/// matches "left at door"). Stop words are the one list in <see cref="StopWords"/>.
/// </summary>
internal static class TermText
{
    /// <summary>Words dropped from phrase sequences: they vary freely inside customer phrasing.</summary>
    private static readonly HashSet<string> Fillers =
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "its",
        "ur",
        "me",
        "us",
    ];

    /// <summary>
    /// Words too generic to characterise a touchpoint when they come from a catalog's name or description.
    /// </summary>
    private static readonly HashSet<string> GenericCatalogWords =
    [
        "experience",
        "issue",
        "issues",
        "problem",
        "problems",
        "general",
        "other",
        "related",
        "customer",
        "customers",
        "client",
        "clients",
        "quality",
        "management",
        "process",
        "overall",
        "stuff",
        "company",
        "business",
        "team",
        "how",
        "help",
        "support",
        "information",
        "info",
        "changes",
        "change",
        "where",
        "what",
        // Industry words: in an airline catalog every touchpoint is about flights, so "flight" tells them apart from
        // nothing.
        "flight",
        "flights",
        "airline",
        "airlines",
        "plane",
        "planes",
        "aircraft",
        "hotel",
        "hotels",
        "restaurant",
        "cafe",
        "brand",
    ];

    public static bool IsFiller(string token) => Fillers.Contains(token);

    /// <summary>Words that never make a vocabulary entry on their own (they may appear inside phrases).</summary>
    public static bool IsStopWord(string token) => StopWords.IsStopWord(token);

    public static bool IsGenericCatalogWord(string token) => GenericCatalogWords.Contains(token);

    /// <summary>
    /// Light suffix stripping; deliberately conservative so unrelated words rarely collide ("plane" stays apart
    /// from "plan", "site" from "sit"): plurals, -ies/-ied, -ing and -ed with the silent e restored where English
    /// drops it ("charged", "charging" → "charge"; "queued" → "queue").
    /// </summary>
    public static string Stem(string token)
    {
        var w = token;
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("s'", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (
            w.EndsWith("sses", StringComparison.Ordinal)
            || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal)
        )
        {
            return w[..^2];
        }
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return IngNouns.Contains(w) ? w : Restore(w[..^3]);
        }
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && !w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Restore(w[..^2]);
        }
        if (
            w.EndsWith('s')
            && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal)
        )
        {
            return w[..^1];
        }
        return w;
    }

    /// <summary>
    /// Nouns in -ing that are not the verb's act: "packaging" is not a "package" (a parcel), "clothing" not "clothe".
    /// </summary>
    private static readonly HashSet<string> IngNouns =
    [
        "packaging",
        "clothing",
        "bedding",
        "lighting",
        "heating",
        "evening",
        "morning",
        "wedding",
        "ceiling",
        "building",
        "pudding",
        "seasoning",
        "icing",
        "topping",
        "dressing",
        "wording",
        "housing",
        "catering",
        "plumbing",
        "flooring",
        "roofing",
        "marketing",
        "stuffing",
        "frosting",
        "filling",
    ];

    private static readonly HashSet<string> NgVerbs =
    [
        "sign",
        "belong",
        "hang",
        "long",
        "wrong",
        "ring",
        "bring",
        "string",
        "sing",
        "bang",
        "ping",
        "log",
    ];

    // After -ed/-ing: undouble ("shipp" → "ship", "cancell" → "cancel") or restore a silent e ("charg" → "charge").
    private static string Restore(string w)
    {
        if (w.Length >= 4 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return w[..^1];
        }
        if (w.Length >= 6 && w.EndsWith("ll", StringComparison.Ordinal))
        {
            return w[..^1];
        }
        if (w.Length >= 3 && w[^1] is 'c' or 'v' or 'z' or 'u' && w[^2] != w[^1])
        {
            return w + "e";
        }
        if (w.Length >= 3 && w[^1] == 's' && w[^2] is not ('s' or 'u'))
        {
            return w + "e";
        }
        if (w.EndsWith("ng", StringComparison.Ordinal) && !NgVerbs.Contains(w))
        {
            return w + "e";
        }
        if (
            w.EndsWith("rg", StringComparison.Ordinal)
            || (
                w.EndsWith("g", StringComparison.Ordinal)
                && w.Length >= 3
                && w[^2] is 'a' or 'i' or 'u'
                && w[^3] is not ('a' or 'e' or 'i' or 'o' or 'u')
            )
        )
        {
            return w + "e";
        }
        return w;
    }

    /// <summary>The stems of a vocabulary phrase, fillers dropped ("cancel my order" → [cancel, order]).</summary>
    public static string[] StemPhrase(string phrase)
    {
        var stems = new List<string>(4);
        foreach (var token in WordTokenizer.Tokenize(phrase))
        {
            if (token.Kind == TokenKind.Punctuation || token.Kind == TokenKind.Emoji || IsFiller(token.Value))
            {
                continue;
            }
            stems.Add(Stem(token.Value));
        }
        return [.. stems];
    }

    [ThreadStatic]
    private static List<Token>? TokenScratch;

    [ThreadStatic]
    private static List<Term>? TermScratch;

    /// <summary>Terms of a text for phrase matching: fillers dropped, punctuation turned into phrase breaks.</summary>
    // Stems of the words seen so far: the same few thousand words recur in every record. Bounded like the word table.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(
        StringComparer.Ordinal
    );

    private static string CachedStem(string token)
    {
        if (Stems.TryGetValue(token, out var stem))
        {
            return stem;
        }
        stem = Stem(token);
        if (Stems.Count < WordTable.Capacity)
        {
            Stems.TryAdd(token, stem);
        }
        return stem;
    }

    public static List<Term> Terms(string text) => [.. ScratchTerms(text)];

    /// <summary>
    /// <see cref="Terms"/> in this thread's reused list, for a caller that reads them before tokenising again on the
    /// same thread (the matcher, for every record): no copy.
    /// </summary>
    internal static List<Term> ScratchTerms(string text)
    {
        // One token list per thread, reused (the tokens are read at once into terms).
        var tokens = TokenScratch ??= new List<Token>(256);
        WordTokenizer.Tokenize(text, tokens);
        // Collected in a reused list, then copied at their exact size: discovery keeps every sentence's terms.
        var terms = TermScratch ??= new List<Term>(256);
        terms.Clear();
        var pendingBreak = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation || token.Kind == TokenKind.Emoji)
            {
                pendingBreak = true;
                continue;
            }
            // @handles name the company ("@AmericanAir"), never a touchpoint; reading them only invites accidents.
            if (token.Start > 0 && text[token.Start - 1] == '@')
            {
                pendingBreak = true;
                continue;
            }
            if (IsFiller(token.Value))
            {
                continue;
            }
            terms.Add(new Term(CachedStem(token.Value), token.Value, token.Start, token.End, pendingBreak));
            pendingBreak = false;
        }
        return terms;
    }
}
