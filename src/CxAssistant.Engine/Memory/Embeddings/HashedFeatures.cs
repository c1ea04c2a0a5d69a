using CxAssistant.Engine.Text;

namespace CxAssistant.Engine.Memory.Embeddings;

/// <summary>Turns text into weighted string features for <see cref="OfflineEmbeddingGenerator"/>.</summary>
internal static class HashedFeatures
{
    private const float BigramWeight = 0.6f;
    private const float ConceptWeight = 0.8f;
    // L2 mass of a word's character n-grams relative to its unigram (1.0): enough for typos to overlap.
    private const float CharGramNorm = 0.7f;
    private const float StopWordFactor = 0.15f;

    public static IEnumerable<KeyValuePair<string, float>> Extract(string text)
    {
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) { previous = null; continue; }
            var word = token.Value.Replace("'", "", StringComparison.Ordinal);
            var stem = LightStemmer.Stem(word);
            var stop = StopWords.Contains(word);
            var factor = stop ? StopWordFactor : 1f;
            Add(counts, "w:" + stem, factor);
            if (!stop)
            {
                if (previous is not null) Add(counts, "b:" + previous + " " + stem, BigramWeight);
                if (ConceptLexicon.ConceptOf(stem) is { } concept) Add(counts, "c:" + concept, ConceptWeight);
                AddCharGrams(counts, word);
                previous = stem;
            }
        }
        // Sublinear tf: repeated words still count, but a rant repeating "late" ten times is not ten times as "late".
        foreach (var (feature, raw) in counts)
            yield return new(feature, raw <= 1f ? raw : 1f + MathF.Log(raw));
    }

    private static void AddCharGrams(Dictionary<string, float> counts, string word)
    {
        if (word.Length < 3) return;
        var padded = "<" + word + ">";
        var grams = 0;
        for (var n = 3; n <= 5; n++) grams += Math.Max(0, padded.Length - n + 1);
        var each = CharGramNorm / MathF.Sqrt(grams);
        for (var n = 3; n <= 5; n++)
            for (var i = 0; i + n <= padded.Length; i++)
                Add(counts, string.Concat("g:", padded.AsSpan(i, n)), each);
    }

    private static void Add(Dictionary<string, float> counts, string feature, float weight) =>
        counts[feature] = counts.GetValueOrDefault(feature) + weight;

    /// <summary>FNV-1a 64 then a murmur finaliser: stable across runtimes (string.GetHashCode is randomised).</summary>
    public static ulong Hash(string feature)
    {
        var h = 14695981039346656037UL;
        foreach (var c in feature)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
