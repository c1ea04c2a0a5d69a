using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The noun phrases of a sentence, as candidate names of a discovered theme: runs of content words between function
/// words and punctuation, without the opinion words, adverbs, numbers and participles at their edges, at most a
/// modifier and a head ("karaoke night", "deposit"). No tagger is in the package mirror, so the word classes come from
/// the project's lexicons: <see cref="StopWords"/>, the sentiment lexicon, the discovery noise list and the cues of
/// <see cref="NounUse"/>. A word right after a subject pronoun, "to" or a modal is a verb ("I <em>ended</em> up",
/// "to <em>show</em>"), so it never starts a phrase; whether a head is used as a noun is judged later, over every
/// use (<see cref="NounUse.IsNoun"/>).
/// </summary>
internal static class NounPhrases
{
    /// <summary>
    /// Nouns too vague or too much part of a frame or an idiom to name a theme alone ("the end", "the name of",
    /// "hands down", "a great deal", "the rest"); general English. They still serve as a modifier ("name tag").
    /// </summary>
    private static readonly HashSet<string> Vague = new(
        [
            "end",
            "result",
            "whole",
            "matter",
            "rule",
            "reminder",
            "courtesy",
            "favor",
            "favour",
            "bonus",
            "plus",
            "ends",
            "name",
            "names",
            "kind",
            "kinds",
            "sort",
            "sorts",
            "type",
            "types",
            "bit",
            "bits",
            "lot",
            "lots",
            "part",
            "parts",
            "side",
            "sides",
            "rest",
            "top",
            "bottom",
            "fact",
            "point",
            "points",
            "reason",
            "reasons",
            "case",
            "sense",
            "idea",
            "matter",
            "deal",
            "deals",
            "hand",
            "hands",
            "course",
            "moment",
            "night",
            "nights",
            "hour",
            "hours",
            "minute",
            "minutes",
            "year",
            "years",
            "month",
            "months",
            "review",
            "reviews",
            "star",
            "stars",
            "rating",
            "one",
            "ones",
            "world",
            "life",
            "guy",
            "guys",
            "lady",
            "man",
            "woman",
            "girl",
            "boy",
            "folks",
            "area",
            "spot",
            "stuff",
            "thing",
            "things",
            "item",
            "items",
            "option",
            "options",
            "choice",
            "choices",
            "place",
            "places",
            "job",
            "jobs",
            "piece",
            "number",
            "amount",
            "level",
            "front",
            "back",
            "line",
            "start",
            "middle",
            "issue",
            "issues",
            "problem",
            "problems",
            "question",
            "questions",
            "answer",
            "everyone",
            "someone",
            "anyone",
            "nobody",
            "somebody",
            "everybody",
            "words",
            "word",
            "head",
            "heart",
            "mind",
            "eye",
            "eyes",
            "face",
            "week",
            "weeks",
            "day",
            "days",
            "times",
            "dollars",
            "bucks",
            "list",
        ],
        StringComparer.Ordinal
    );

    /// <summary>Words after which the next word is a verb: subject pronouns, "to", modals, negations.</summary>
    internal static readonly HashSet<string> VerbCues = new(
        [
            "i",
            "we",
            "you",
            "they",
            "he",
            "she",
            "to",
            "will",
            "would",
            "can",
            "could",
            "should",
            "must",
            "might",
            "may",
            "don't",
            "didn't",
            "dont",
            "didnt",
            "can't",
            "cant",
            "won't",
            "wont",
            "cannot",
            "never",
            "please",
            "let's",
            "lets",
            "gonna",
            "wanna",
            "just",
            "also",
            "always",
            "finally",
            "then",
            "not",
            "doesn't",
            "i'll",
            "we'll",
            "you'll",
            "they'll",
            "i'd",
            "we'd",
            "they'd",
            "usually",
            "often",
            "really",
        ],
        StringComparer.Ordinal
    );

    /// <summary>
    /// One noun phrase: its lower-case words (modifier and head, or the head alone), and whether it was capitalised
    /// mid-sentence (a brand, a place or a person).
    /// </summary>
    internal readonly record struct Phrase(string Text, string Head, bool Capitalised);

    /// <summary>The noun phrases of a text, each once, with the head alone when it has a modifier.</summary>
    public static IEnumerable<Phrase> Of(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var run = new List<string>(4);
        var capitalised = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var afterVerbCue = false;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var t = i < tokens.Count ? tokens[i] : default;
            var content = i < tokens.Count && t.Kind == TokenKind.Word && IsContent(t.Value);
            // The word after "I", "to", "can't"… is a verb: it neither starts nor joins a phrase.
            if (content && afterVerbCue && run.Count == 0)
            {
                content = false;
            }
            if (content)
            {
                run.Add(t.Value);
                capitalised |= t.Start > 0 && char.IsUpper(text[t.Start]) && !AfterSentenceEnd(text, t.Start);
            }
            else
            {
                foreach (var p in FromRun(run, capitalised).Where(p => seen.Add(p.Text)))
                {
                    yield return p;
                }
                run.Clear();
                capitalised = false;
            }
            afterVerbCue = i < tokens.Count && t.Kind == TokenKind.Word && VerbCues.Contains(t.Value);
        }
    }

    /// <summary>A word that may name a theme alone: a phrase head that is neither vague nor an opinion.</summary>
    public static bool CanName(string head) =>
        head.Length >= 3 && !Vague.Contains(head) && !IsModifierOnly(head) && !IsVerbForm(head);

    private static bool AfterSentenceEnd(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }
        return k < 0 || text[k] is '.' or '!' or '?' or '"' or '(' or '\n' or ':' or '-';
    }

    /// <summary>
    /// The phrases of a run of content words: it is cut at opinion words, adverbs, past forms and at a verb that
    /// follows a noun ("the stamp card <em>needs</em> ten visits"); each piece gives its head and modifier.
    /// </summary>
    private static IEnumerable<Phrase> FromRun(List<string> run, bool capitalised)
    {
        var piece = new List<string>(4);
        for (var i = 0; i <= run.Count; i++)
        {
            var breaks =
                i == run.Count
                || IsModifierOnly(run[i])
                || IsVerbForm(run[i])
                || (piece.Count > 0 && IsThirdPersonVerb(run[i]));
            if (!breaks)
            {
                piece.Add(run[i]);
                continue;
            }
            if (piece.Count > 0)
            {
                var head = piece[^1];
                if (piece.Count >= 2)
                {
                    yield return new Phrase(piece[^2] + " " + head, head, capitalised);
                }
                yield return new Phrase(head, head, capitalised);
                piece.Clear();
            }
        }
    }

    /// <summary>"needs", "makes", "comes": a listed verb with an -s, after a noun, is that noun's verb.</summary>
    private static bool IsThirdPersonVerb(string word) =>
        word.Length > 3
        && word.EndsWith('s')
        && !word.EndsWith("ss", StringComparison.Ordinal)
        && Jobs.Mining.JobLanguage.Default.Verbs.Contains(word[..^1]);

    /// <summary>A word that can be part of a phrase: not a function word, number, placeholder or handle.</summary>
    private static bool IsContent(string word) =>
        word.Length >= 2
        && char.IsLetter(word[0])
        && !word.Any(char.IsDigit)
        && !StopWords.IsStopWord(word)
        && !TermText.IsFiller(word)
        && !VerbCues.Contains(word);

    // Words that say where, not what ("no parking anywhere near"): a phrase ends before them. "inside" and "outside"
    // are left out: "outside seating" is a thing.
    private static readonly HashSet<string> PlaceWords = new(
        ["anywhere", "everywhere", "somewhere", "nowhere", "near", "nearby", "around", "away"],
        StringComparer.Ordinal
    );

    /// <summary>Opinion words, adverbs and filler: they describe a thing, never name it.</summary>
    private static bool IsModifierOnly(string word) =>
        word.Length < 3
        || PlaceWords.Contains(word)
        || NgramClusters.Noise.Contains(word)
        || NgramClusters.IsOpinion(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))
        || word.Contains('\'', StringComparison.Ordinal);

    /// <summary>A past form ("ended", "showed"): a verb or a participle, not a thing ("speed", "bed" are nouns).</summary>
    private static bool IsVerbForm(string word) =>
        word.Length > 4
        && word.EndsWith("ed", StringComparison.Ordinal)
        && !word.EndsWith("eed", StringComparison.Ordinal);
}
