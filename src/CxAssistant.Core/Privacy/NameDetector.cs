using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Person names, only where the context says a name follows: "my name is", "Hi, I'm", "this is X from…",
/// "Dear", a greeting or sign-off line, a "Customer: Jane Doe" label line, "spoke to X". Capitalised words
/// elsewhere are left alone: recall is traded for precision because brands, products and places look the same.
/// </summary>
internal static partial class NameDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        // Four regexes rather than one alternation: each starts with something the engine can search for
        // (a keyword, a line start, sentence punctuation, a dash), which keeps a text without names cheap.
        // Every Keyword() alternative has an anchor within its first 16 characters, so matching can start there.
        var anchor = text.AsSpan().IndexOfAny(KeywordAnchors);
        if (anchor >= 0)
        {
            Collect(text, Keyword().Matches(text, Math.Max(0, anchor - 16)), matches);
        }
        // Sign-offs need a sign-off word, label lines a colon, greetings a line starting with "h": most feedback has
        // none of them, and skipping the two regexes then halves the redactor's cost on bulk ingest.
        var signOff = text.AsSpan().IndexOfAny(SignOffWords) >= 0;
        if (signOff || text.Contains(':') || HasLineStartingWithH(text))
        {
            Collect(text, LineStart().Matches(text), matches);
        }
        if (signOff)
        {
            Collect(text, AfterSentence().Matches(text), matches);
        }
        if (text.Contains('-') || text.Contains('—') || text.Contains('–'))
        {
            Collect(text, DashSignature().Matches(text), matches);
        }
    }

    // A vectorised scan for the words every Keyword() alternative contains; most texts have none of them and
    // skip the case-insensitive alternation, which is the redactor's most expensive step.
    private static readonly SearchValues<string> KeywordAnchors = SearchValues.Create(
        [
            "name",
            "go by",
            "call me",
            "i'm",
            "i’m",
            "i am",
            "this is",
            "it's",
            "it’s",
            "dear",
            "spoke",
            "talked",
            "chatted",
            "helped by",
            "ask for",
            "shout",
            "holder",
            "staff member",
            "colleague",
            "husband",
            "wife",
            "partner",
            "son ",
            "daughter",
            "friend",
            "mum ",
            "mom ",
            "dad ",
            "boss",
            "neighbo",
            "agent",
            "rep ",
            "representative",
            "advisor",
            "technician",
            "driver",
            "courier",
        ],
        StringComparison.OrdinalIgnoreCase
    );

    // Every alternative of Signature contains one of these.
    private static readonly SearchValues<string> SignOffWords = SearchValues.Create(
        ["thank", "regards", "best", "cheers", "sincerely", "yours"],
        StringComparison.OrdinalIgnoreCase
    );

    private static bool HasLineStartingWithH(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var lineStart = i == 0 || text[i - 1] == '\n';
            if (!lineStart)
            {
                continue;
            }
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
            if (i < text.Length && text[i] is 'h' or 'H')
            {
                return true;
            }
        }
        return false;
    }

    private static void Collect(string text, MatchCollection found, List<PiiMatch> matches)
    {
        foreach (Match m in found)
        {
            var name = m.Groups["n"];
            var single = m.Groups["n1"];
            var g = name.Success ? name : single;
            if (!g.Success)
            {
                continue;
            }
            if (
                m.Groups["label"].Success
                && !IsNameLabelAllowed(m.Groups["label"].Value, g.Value, m.Groups["header"].Success)
            )
            {
                continue;
            }
            var (start, end) = NameWords.Trim(text, g.Index, g.Index + g.Length);
            if (end > start)
            {
                matches.Add(new PiiMatch(PiiType.Name, start, end));
            }
        }
    }

    // A one-word value after "Customer:" is usually a transcript turn ("Customer: Perfect"); it counts as a name
    // only under an explicit "Name:" label or inside a header block (the next line is another non-speaker label).
    private static bool IsNameLabelAllowed(string label, string value, bool inHeaderBlock) =>
        value.Contains(' ')
        || inHeaderBlock
        || label.Equals("name", StringComparison.OrdinalIgnoreCase)
        || label.Equals("signed", StringComparison.OrdinalIgnoreCase);

    // "Anna", "O'Brien", "McDonald", "Jean-Luc", "Zoë".
    private const string Word = @"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?";
    private const string Full = Word + @"(?:[ ](?:\p{Lu}\.[ ])?" + Word + @"){0,2}";
    private const string Title = @"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx|Prof)\.?[ ])?";

    private const string Signature =
        @"[ \t]*(?i:thanks|thank[ ]you|many[ ]thanks|regards|best[ ]regards|"
        + @"kind[ ]regards|warm[ ]regards|best[ ]wishes|best|cheers|sincerely|"
        + @"yours[ ]truly|yours[ ]sincerely)[ ]*[,!.]?(?:[ ]*\r?\n[ \t]*|[ ]+|[ "
        + @"]*[-–—][ ]*)(?<n>"
        + Full
        + @")[ ]*\.?[ ]*(?=\r?\n|$)";

    [GeneratedRegex(
        @"\b(?i:my[ ]name[ ]is|my[ ]name's|name's|i[ ]go[ ]by|call[ ]me|(?:hi|"
            + @"hello|hey)[,!]?[ ]+(?:i'm|i’m|i[ ]am|this[ ]is))[ ]+"
            + Title
            + @"(?<n>"
            + Full
            + @")"
            + @"|"
            + @"\b(?i:this[ ]is|it's|it’s)[ ]+"
            + Title
            + @"(?<n>"
            + Full
            + @")(?=[ ,]+(?i:from|speaking|here|with[ ]the|at[ ]the)\b)"
            + @"|"
            + @"\b(?i:dear)[ ]+"
            + Title
            + @"(?<n>"
            + Full
            + @")"
            + @"|"
            + @"\b(?i:spoke[ ](?:to|with)|talked[ ](?:to|with)|chatted[ ]with|helped[ "
            + @"]by|ask[ ]for|shout-?out[ ]to|account[ ]holder|card[ ]?holder|staff[ "
            + @"]member|(?:my|our)[ ](?:colleague|husband|wife|partner|son|daughter|"
            + @"friend|mum|mom|dad|boss|neighbour|neighbor)|(?:agent|rep|"
            + @"representative|advisor|technician|driver|courier)(?:[ ](?:named|"
            + @"called))?)[ ]+"
            + Title
            + @"(?<n>"
            + Full
            + @")",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Keyword();

    // Greeting line ("Hi Sarah,"), label line ("Customer: Jane Doe"), sign-off at a line start ("Thanks,\nMarta").
    [GeneratedRegex(
        @"^[ \t]*(?i:hi|hello|hey)[ ]+"
            + Title
            + @"(?<n1>"
            + Word
            + @")(?=[ ]*[,!])"
            + @"|"
            + @"^[ \t]*(?<label>(?i:customer|client|caller|name|agent|rep|"
            + @"representative|advisor|contact|from|signed))[ ]*:[ ]*"
            + Title
            + @"(?<n>"
            + Full
            + @")[ ]*(?=\r?\n|$)(?:(?=(?<header>\r?\n[ \t]*(?!(?i:agent|customer|rep|"
            + @"caller|client|advisor|support)\b)\p{L}[\p{L} ]{1,20}:))|)"
            + @"|^"
            + Signature,
        RegexOptions.CultureInvariant | RegexOptions.Multiline
    )]
    private static partial Regex LineStart();

    // Sign-off after a sentence on the same line ("Refund please. Cheers, Liam").
    [GeneratedRegex(@"[.!?][ ]+" + Signature, RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex AfterSentence();

    [GeneratedRegex(
        @"(?:(?m:^)|\s)(?:--|—|–)[ ]?(?<n>" + Full + @")\s*\z",
        RegexOptions.CultureInvariant | RegexOptions.Multiline
    )]
    private static partial Regex DashSignature();
}
