namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>Function words that carry little meaning for retrieval; they are down-weighted, not dropped ("not" is kept).</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those",
        "i", "me", "my", "we", "our", "us", "you", "your", "he", "she", "they", "them", "their", "his", "her",
        "do", "does", "did", "have", "has", "had", "so", "just", "very", "really", "about", "would", "could",
        "will", "can", "there", "here", "what", "which", "who", "when", "then", "than", "also", "all", "any",
        "some", "up", "out", "into", "over", "again", "too", "im", "ive", "its", "get", "got", "one",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
