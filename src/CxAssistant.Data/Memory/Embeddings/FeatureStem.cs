using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// The stem a word's hashed features are keyed by: the analysis's own suffix rules (<see cref="TermText.Stem"/>, the
/// one
/// owner of stemming), then the final e folded away, because a hash bucket must hold "arrive", "arrived" and
/// "arriving" and the concept prefixes ("subscrib", "amaz") whatever spelling the customer used.
/// </summary>
internal static class FeatureStem
{
    public static string Of(string word)
    {
        var stem = TermText.Stem(word);
        return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }
}
