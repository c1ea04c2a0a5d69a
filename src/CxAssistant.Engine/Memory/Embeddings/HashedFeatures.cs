using CxAssistant.Engine.Text;

namespace CxAssistant.Engine.Memory.Embeddings;

/// <summary>
/// Turns text into weighted hashed features for <see cref="OfflineEmbeddingGenerator"/>. A feature is a string
/// ("w:stem", "b:prev stem", "c:concept", "g:&lt;ab") identified by its 64-bit <see cref="Hash(string)"/>; the hash is
/// computed straight from the pieces, so no feature string is ever built.
/// </summary>
internal static class HashedFeatures
{
    private const float BigramWeight = 0.6f;
    private const float ConceptWeight = 0.8f;
    // L2 mass of a word's character n-grams relative to its unigram (1.0): enough for typos to overlap.
    private const float CharGramNorm = 0.7f;
    private const float StopWordFactor = 0.15f;

    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private static readonly ulong WordPrefix = Feed(OffsetBasis, "w:");
    private static readonly ulong BigramPrefix = Feed(OffsetBasis, "b:");
    private static readonly ulong ConceptPrefix = Feed(OffsetBasis, "c:");
    private static readonly ulong GramPrefix = Feed(OffsetBasis, "g:");

    /// <summary>
    /// Fills <paramref name="weights"/> (cleared first) with each feature's <see cref="Hash(string)"/> and raw weight, in
    /// the order the features first occur; <see cref="Damp"/> turns a raw weight into the one the vector gets.
    /// </summary>
    public static void Extract(string text, Dictionary<ulong, float> weights)
    {
        weights.Clear();
        string? previous = null;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) { previous = null; continue; }
            var word = token.Value.Replace("'", "", StringComparison.Ordinal);
            var stem = LightStemmer.Stem(word);
            var stop = StopWords.Contains(word);
            var factor = stop ? StopWordFactor : 1f;
            Add(weights, Finish(Feed(WordPrefix, stem)), factor);
            if (!stop)
            {
                if (previous is not null) Add(weights, Finish(Feed(Feed(Feed(BigramPrefix, previous), " "), stem)), BigramWeight);
                if (ConceptLexicon.ConceptOf(stem) is { } concept) Add(weights, Finish(Feed(ConceptPrefix, concept)), ConceptWeight);
                AddCharGrams(weights, word);
                previous = stem;
            }
        }
    }

    /// <summary>Sublinear tf: repeated words still count, but a rant repeating "late" ten times is not ten times as "late".</summary>
    public static float Damp(float raw) => raw <= 1f ? raw : 1f + MathF.Log(raw);

    private static void AddCharGrams(Dictionary<ulong, float> weights, string word)
    {
        if (word.Length < 3) return;
        var length = word.Length + 2;
        Span<char> padded = length <= 256 ? stackalloc char[length] : new char[length];
        padded[0] = '<';
        word.CopyTo(padded[1..]);
        padded[^1] = '>';
        var grams = 0;
        for (var n = 3; n <= 5; n++) grams += Math.Max(0, length - n + 1);
        var each = CharGramNorm / MathF.Sqrt(grams);
        for (var n = 3; n <= 5; n++)
            for (var i = 0; i + n <= length; i++)
                Add(weights, Finish(Feed(GramPrefix, padded.Slice(i, n))), each);
    }

    private static void Add(Dictionary<ulong, float> weights, ulong feature, float weight) =>
        weights[feature] = weights.GetValueOrDefault(feature) + weight;

    /// <summary>FNV-1a 64 then a murmur finaliser: stable across runtimes (string.GetHashCode is randomised).</summary>
    public static ulong Hash(string feature) => Finish(Feed(OffsetBasis, feature));

    private static ulong Feed(ulong h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            h ^= c;
            h *= Prime;
        }
        return h;
    }

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
