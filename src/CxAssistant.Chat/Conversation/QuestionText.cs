using System.Text.RegularExpressions;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// How the conversation layer reads an owner's question: lower-case words with apostrophes and hyphens kept, and the
/// words of a question that name no topic ("how many customers complained about the …"). Deterministic and
/// language-light: questions are short, so a list beats a model here.
/// </summary>
internal static partial class QuestionText
{
    /// <summary>Words that frame a question rather than name its topic.</summary>
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "a",
        "an",
        "the",
        "our",
        "my",
        "your",
        "their",
        "its",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "by",
        "from",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "how",
        "many",
        "much",
        "what",
        "which",
        "who",
        "why",
        "when",
        "where",
        "customers",
        "customer",
        "people",
        "clients",
        "guests",
        "users",
        "members",
        "shoppers",
        "buyers",
        "diners",
        "visitors",
        "patients",
        "folks",
        "anyone",
        "someone",
        "they",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "it",
        "complain",
        "complained",
        "complaining",
        "complaint",
        "complaints",
        "mention",
        "mentioned",
        "mentioning",
        "mentions",
        "say",
        "said",
        "saying",
        "says",
        "talk",
        "talked",
        "talking",
        "wrote",
        "write",
        "had",
        "having",
        "trouble",
        "problem",
        "problems",
        "issue",
        "issues",
        "unhappy",
        "happy",
        "annoyed",
        "angry",
        "upset",
        "about",
        "any",
        "all",
        "some",
        "there",
        "too",
        "very",
        "so",
        "still",
        "just",
        "really",
        "get",
        "got",
        "think",
        "thought",
        "feel",
        "felt",
        "like",
        "liked",
        "love",
        "loved",
        "hate",
        "hated",
        "praised",
        "praise",
        "asked",
        "ask",
        "share",
        "percent",
        "percentage",
        "proportion",
        "number",
        "count",
        "total",
        "much",
        "often",
        "frequently",
    };

    /// <summary>
    /// Lower case, curly apostrophes straightened, everything but letters, digits, apostrophes and hyphens a space.
    /// </summary>
    public static string Normalise(string text) =>
        NonWord().Replace(text.ToLowerInvariant().Replace('’', '\''), " ").Trim();

    /// <summary>The words of <paramref name="text"/> (normalised, hyphens kept inside words).</summary>
    public static string[] Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when any needle occurs in the padded, normalised question.</summary>
    public static bool Has(string paddedQuestion, params string[] needles) =>
        needles.Any(n => paddedQuestion.Contains(n, StringComparison.Ordinal));

    /// <summary>The question padded with spaces for word-boundary <see cref="Has"/> checks.</summary>
    public static string Padded(string question) => " " + Normalise(question) + " ";

    /// <summary>The topic words of a phrase: framing words dropped ("the handling fee" → handling, fee).</summary>
    public static IReadOnlyList<string> TopicWords(string phrase) =>
        [.. Words(phrase).Where(w => !Framing.Contains(w) && w.Length >= 2 && !w.All(char.IsDigit))];

    /// <summary>
    /// The topic words with a verb's particle kept as a phrase ("had trouble logging in" → "logging in"), so "logged me
    /// out" is not counted as trouble logging in. A particle joins a word ending in -ing/-ed or ends the question.
    /// </summary>
    public static IReadOnlyList<string> TopicPhrases(string phrase)
    {
        var words = Words(phrase);
        var result = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (Framing.Contains(w) || w.Length < 2 || w.All(char.IsDigit))
            {
                continue;
            }
            var particle = i + 1 < words.Length && words[i + 1] is "in" or "out" or "up" ? words[i + 1] : null;
            var verbal =
                w.EndsWith("ing", StringComparison.Ordinal)
                || w.EndsWith("ed", StringComparison.Ordinal)
                || i + 2 == words.Length;
            result.Add(particle is not null && verbal ? w + " " + particle : w);
        }
        return result;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}'\-@ ]+")]
    private static partial Regex NonWord();
}
