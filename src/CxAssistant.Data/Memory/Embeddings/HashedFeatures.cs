using System.Collections.Concurrent;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Data.Memory.Embeddings;

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
    /// Fills <paramref name="weights"/> (cleared first) with each feature's <see cref="Hash(string)"/> and raw weight,
    /// in
    /// the order the features first occur; <see cref="Damp"/> turns a raw weight into the one the vector gets.
    /// </summary>
    public static void Extract(string text, Dictionary<ulong, float> weights)
    {
        weights.Clear();
        string? previous = null;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                previous = null;
                continue;
            }
            var word = WordFeatures.Of(token.Value);
            Add(weights, word.WordHash, word.Stop ? StopWordFactor : 1f);
            if (!word.Stop)
            {
                if (previous is not null)
                {
                    Add(weights, Finish(Feed(Feed(Feed(BigramPrefix, previous), " "), word.Stem)), BigramWeight);
                }
                if (word.ConceptHash is { } concept)
                {
                    Add(weights, concept, ConceptWeight);
                }
                foreach (var gram in word.Grams)
                {
                    Add(weights, gram, word.GramWeight);
                }
                previous = word.Stem;
            }
        }
    }

    /// <summary>
    /// Everything about one token that does not depend on its neighbours, computed once per distinct word: tokens are
    /// shared strings from a bounded table, so the same few thousand words come back again and again.
    /// </summary>
    private sealed class WordFeatures
    {
        // Same bound as the tokenizer's word table: a corpus of unique strings cannot grow it without limit.
        private const int Capacity = 200_000;
        private static readonly ConcurrentDictionary<string, WordFeatures> Known = new(StringComparer.Ordinal);

        private WordFeatures(string token)
        {
            var word = token.Replace("'", "", StringComparison.Ordinal);
            Stem = FeatureStem.Of(word);
            Stop = StopWords.IsFunctionWord(word);
            WordHash = Finish(Feed(WordPrefix, Stem));
            ConceptHash = ConceptLexicon.ConceptOf(Stem) is { } concept ? Finish(Feed(ConceptPrefix, concept)) : null;
            (Grams, GramWeight) = CharGrams(word);
        }

        public string Stem { get; }
        public bool Stop { get; }
        public ulong WordHash { get; }
        public ulong? ConceptHash { get; }
        public ulong[] Grams { get; }
        public float GramWeight { get; }

        public static WordFeatures Of(string token)
        {
            if (Known.TryGetValue(token, out var known))
            {
                return known;
            }
            var features = new WordFeatures(token);
            return Known.Count < Capacity ? Known.GetOrAdd(token, features) : features;
        }
    }

    private static (ulong[] Grams, float Weight) CharGrams(string word)
    {
        if (word.Length < 3)
        {
            return ([], 0f);
        }
        var length = word.Length + 2;
        Span<char> padded = length <= 256 ? stackalloc char[length] : new char[length];
        padded[0] = '<';
        word.CopyTo(padded[1..]);
        padded[^1] = '>';
        var grams = 0;
        for (var n = 3; n <= 5; n++)
        {
            grams += Math.Max(0, length - n + 1);
        }
        var each = CharGramNorm / MathF.Sqrt(grams);
        var hashes = new ulong[grams];
        var k = 0;
        for (var n = 3; n <= 5; n++)
        {
            for (var i = 0; i + n <= length; i++)
            {
                hashes[k++] = Finish(Feed(GramPrefix, padded.Slice(i, n)));
            }
        }
        return (hashes, each);
    }

    /// <summary>
    /// Sublinear tf: repeated words still count, but a rant repeating "late" ten times is not ten times as "late".
    /// </summary>
    public static float Damp(float raw) => raw <= 1f ? raw : 1f + MathF.Log(raw);

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
