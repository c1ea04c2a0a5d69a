namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// A few English suffix rules (plural, -ing, -ed, -ly) so "delays", "delayed" and "delaying" share a feature.
/// Deliberately light: aggressive stemmers merge words that customers use differently ("order" vs "orderly").
/// </summary>
internal static class LightStemmer
{
    public static string Stem(string word) => DropFinalE(StripSuffix(word));

    // "arrive" and "arrived" both end as "arriv".
    private static string DropFinalE(string stem) => stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;

    private static string StripSuffix(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) return Undouble(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) return Undouble(word[..^2]);
        if (word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4) return word[..^2];
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'h') return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    // "shipped" -> "shipp" -> "ship".
    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
