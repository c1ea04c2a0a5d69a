using System.Collections.Frozen;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// One text tokenised once and shared by every component: normalised words (chat spellings such as "cant",
/// "u", "pls" folded to their standard form), emoticons turned into emoji tokens, sentence numbers and
/// shouting flags. Immutable after construction.
/// </summary>
internal sealed class TextAnalysis
{
    private static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>
    {
        ["cant"] = "can't",
        ["cannot"] = "can't",
        ["dont"] = "don't",
        ["didnt"] = "didn't",
        ["doesnt"] = "doesn't",
        ["isnt"] = "isn't",
        ["wasnt"] = "wasn't",
        ["wont"] = "won't",
        ["wouldnt"] = "wouldn't",
        ["couldnt"] = "couldn't",
        ["havent"] = "haven't",
        ["hasnt"] = "hasn't",
        ["arent"] = "aren't",
        ["werent"] = "weren't",
        ["shouldnt"] = "shouldn't",
        ["im"] = "i'm",
        ["ive"] = "i've",
        ["youre"] = "you're",
        ["thats"] = "that's",
        ["whats"] = "what's",
        ["u"] = "you",
        ["ur"] = "your",
        ["pls"] = "please",
        ["plz"] = "please",
        ["thx"] = "thanks",
        ["thanx"] = "thanks",
        ["tks"] = "thanks",
        ["ty"] = "thanks",
        ["hrs"] = "hours",
        ["hr"] = "hour",
        ["mins"] = "minutes",
        ["min"] = "minutes",
        ["wk"] = "week",
        ["wks"] = "weeks",
        ["acct"] = "account",
        ["pw"] = "password",
        ["pwd"] = "password",
        ["cancelled"] = "cancelled",
        ["canceled"] = "cancelled",
        ["flightled"] = "flightled",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        [
            "a",
            "an",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "ninety",
            "several",
            "few",
            "couple",
            "multiple",
            "many",
        ],
        StringComparer.Ordinal
    );

    // One token list per thread, reused: the tokens are copied into the arrays below at once.
    [ThreadStatic]
    private static List<Token>? Scratch;

    public TextAnalysis(string text)
    {
        Text = text;
        var scratch = Scratch ??= new List<Token>(256);
        WordTokenizer.Tokenize(text, scratch);
        var tokens = EmoticonReader.Merge(text, scratch);
        Count = tokens.Count;
        Words = new string[Count];
        Kinds = new TokenKind[Count];
        Starts = new int[Count];
        Ends = new int[Count];
        Sentence = new int[Count];
        Shouting = new bool[Count];
        var sentence = 0;
        var lowerSeen = false;
        for (var i = 0; i < Count; i++)
        {
            var t = tokens[i];
            Words[i] =
                t.Kind == TokenKind.Word && t.Start > 0 && text[t.Start - 1] == '#'
                    ? Hashtag(t.Value)
                    : NormaliseWord(t.Value);
            Kinds[i] = t.Kind;
            Starts[i] = t.Start;
            Ends[i] = t.End;
            Sentence[i] = sentence;
            if (
                t.Kind == TokenKind.Punctuation
                && t.Value is "." or "!" or "?" or "\n"
                && (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Punctuation || tokens[i + 1].Value == "\n")
            )
            {
                sentence++;
            }
            if (t.Kind == TokenKind.Word)
            {
                var upper = IsUpper(text, t.Start, t.End);
                Shouting[i] = upper && t.End - t.Start >= 3;
                lowerSeen |= !upper;
            }
        }
        // A text typed entirely in capitals is a style, not shouting at one word.
        if (!lowerSeen)
        {
            Array.Clear(Shouting);
        }
        SentenceCount = Count == 0 ? 0 : Sentence[Count - 1] + 1;
    }

    public string Text { get; }
    public int Count { get; }
    public string[] Words { get; }
    public TokenKind[] Kinds { get; }
    public int[] Starts { get; }
    public int[] Ends { get; }
    public int[] Sentence { get; }
    public bool[] Shouting { get; }
    public int SentenceCount { get; }

    public bool IsNumberLike(int i) => Kinds[i] == TokenKind.Number || NumberWords.Contains(Words[i]);

    public bool IsPunctuation(int i) => Kinds[i] == TokenKind.Punctuation;

    /// <summary>Character span of tokens [start, end).</summary>
    public (int Start, int End) Span(int start, int end) => (Starts[start], Ends[Math.Max(start, end - 1)]);

    /// <summary>"#unitedsucks" → "sucks", "#epicfail" → "fail": compound hashtags end in their verdict.</summary>
    private static string Hashtag(string tag)
    {
        foreach (var suffix in HashtagVerdicts)
        {
            if (tag.Length > suffix.Length && tag.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }
        return NormaliseWord(tag);
    }

    private static readonly string[] HashtagVerdicts =
    [
        "sucks",
        "fail",
        "fails",
        "worst",
        "neveragain",
        "disappointed",
        "unacceptable",
        "rocks",
        "love",
        "thanks",
        "thankyou",
        "awesome",
        "best",
        "win",
        "nightmare",
        "ripoff",
        "scam",
        "delay",
        "delayed",
        "cancelled",
        "lost",
    ];

    public static string NormaliseWord(string word) => Spellings.TryGetValue(word, out var w) ? w : word;

    private static bool IsUpper(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters > 0;
    }
}
