using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Names in running text, where customers usually write them: after a title ("Mr Patel"), a greeting anywhere ("Hi
/// Kim."),
/// "named"/"called", a staff role ("our waiter Tom"), before a place of service ("Sarah at the counter"), after a gift
/// ("a gift for Maria"); and, for names the lexicon knows (<see cref="FirstNames"/>), after a preposition ("thanks to
/// Priya"), as the subject of what staff do ("Kim said…") or anywhere after a lower-case word ("what did Kim say").
/// Capitalised words that are not names ("Checkout at the
/// store", "for Christmas") are dropped by <see cref="NameWords"/>.
/// </summary>
internal static partial class RunningTextNames
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        if (!HasUpperAfterStart(text))
        {
            return;
        }
        // Each context regex runs only when its trigger words are present: most feedback has none of them.
        var span = text.AsSpan();
        if (span.IndexOfAny(TitleWords) >= 0)
        {
            Collect(text, Title().Matches(text), matches, Trust.Context);
        }
        if (span.IndexOfAny(GreetingWords) >= 0)
        {
            Collect(text, Greeting().Matches(text), matches, Trust.Context);
        }
        if (span.IndexOfAny(CalledWords) >= 0)
        {
            Collect(text, Called().Matches(text), matches, Trust.Context);
        }
        if (span.IndexOfAny(RoleWords) >= 0)
        {
            Collect(text, RoleBefore().Matches(text), matches, Trust.Context);
        }
        if (span.IndexOf(" for ", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            Collect(text, GiftFor().Matches(text), matches, Trust.Context);
        }
        if (span.IndexOfAny(PlaceWords) >= 0)
        {
            BeforePlaces(text, matches);
        }
        KnownNames(text, matches);
    }

    private static readonly SearchValues<string> TitleWords = SearchValues.Create(
        [
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Mx",
            "Dr",
            "Prof",
            "Sir",
            "Dame",
            "Mme",
            "Mlle",
            "Herr",
            "Frau",
            "Señor",
            "Sr",
            "Signor",
        ],
        StringComparison.Ordinal
    );
    private static readonly SearchValues<string> GreetingWords = SearchValues.Create(
        ["hi", "hello", "hey", "dear", "thank", "cheers", "bonjour", "hallo", "hola", "ciao", "morning"],
        StringComparison.OrdinalIgnoreCase
    );
    private static readonly SearchValues<string> CalledWords = SearchValues.Create(
        ["named", "called", "name was", "name is"],
        StringComparison.OrdinalIgnoreCase
    );
    private static readonly SearchValues<string> RoleWords = SearchValues.Create(
        [
            "manager",
            "waiter",
            "waitress",
            "server",
            "barista",
            "cashier",
            "receptionist",
            "nurse",
            "doctor",
            "host",
            "chef",
            "clerk",
            "assistant",
            "employee",
            "associate",
            "supervisor",
            "concierge",
            "porter",
            "housekeeper",
            "cleaner",
            "mechanic",
            "installer",
            "engineer",
            "technician",
            "stylist",
            "hairdresser",
            "therapist",
            "trainer",
            "teacher",
            "instructor",
            "pharmacist",
            "dentist",
            "vet",
            "bartender",
            "cook",
            "sales",
            "guy",
            "lady",
            "girl",
            "woman",
            "man",
            "gentleman",
            "guide",
            "pilot",
            "steward",
            "attendant",
            "agent",
            "rep",
            "advis",
            "driver",
            "courier",
            "owner",
            "baker",
            "butcher",
            "florist",
        ],
        StringComparison.OrdinalIgnoreCase
    );
    private static readonly SearchValues<string> PlaceWords = SearchValues.Create(
        [
            "desk",
            "counter",
            "reception",
            "till",
            "checkout",
            "register",
            "door",
            "bar",
            "store",
            "shop",
            "branch",
            "phone",
            "support",
            "service",
            "care",
            "call cent",
            "warehouse",
            "kitchen",
            "pharmacy",
            "deli",
            "bakery",
            "caf",
            "restaurant",
            "hotel",
            "garage",
            "salon",
            "clinic",
            "office",
        ],
        StringComparison.OrdinalIgnoreCase
    );

    private static readonly string[] StaffVerbs =
    [
        "was",
        "is",
        "were",
        "has",
        "had",
        "said",
        "says",
        "told",
        "helped",
        "explained",
        "called",
        "answered",
        "fixed",
        "sorted",
        "resolved",
        "went",
        "did",
        "made",
        "gave",
        "offered",
        "apologised",
        "apologized",
        "refunded",
        "replied",
        "emailed",
        "promised",
        "assured",
        "tried",
        "managed",
        "handled",
        "took",
        "checked",
        "kept",
        "got",
        "came",
        "knew",
        "remembered",
        "recommended",
        "suggested",
        "listened",
        "stayed",
        "greeted",
        "served",
    ];

    /// <summary>
    /// Given names the lexicon knows, found by a scan instead of a regex: after a lower-case word ("thanks to Priya",
    /// "what
    /// did Kim say") or before what staff do ("Kim said…"), with a following capitalised surname.
    /// </summary>
    private static void KnownNames(string text, List<PiiMatch> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (
                !char.IsUpper(text[i])
                || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '-'))
            )
            {
                i++;
                continue;
            }
            var end = WordEnd(text, i);
            if (
                end - i >= 2
                && FirstNames.Contains(text.AsSpan(i, end - i))
                && (MidSentence(text, i) || NextIsStaffVerb(text, end))
            )
            {
                var stop = end;
                if (stop + 1 < text.Length && text[stop] == ' ' && char.IsUpper(text[stop + 1]))
                {
                    var surnameEnd = WordEnd(text, stop + 1);
                    if (
                        surnameEnd - stop - 1 >= 2
                        && text.AsSpan(stop + 1, surnameEnd - stop - 1).ContainsAnyInRange('a', 'z')
                    )
                    {
                        stop = surnameEnd;
                    }
                }
                var (s, e) = NameWords.Trim(text, i, stop);
                if (e > s)
                {
                    matches.Add(new PiiMatch(PiiType.Name, s, e));
                }
            }
            i = end + 1;
        }
    }

    /// <summary>
    /// "Sarah at the counter", "Tom Hughes from support": one or two capitalised words right before a place of service.
    /// </summary>
    private static void BeforePlaces(string text, List<PiiMatch> matches)
    {
        foreach (var m in PlaceContext().EnumerateMatches(text))
        {
            var end = m.Index;
            var start = WordStart(text, end);
            if (start < 0)
            {
                continue;
            }
            if (start >= 2 && text[start - 1] == ' ' && WordStart(text, start - 1) is var first and >= 0)
            {
                start = first;
            }
            var (s, e) = NameWords.Trim(text, start, end);
            if (e <= s)
            {
                continue;
            }
            var firstWord = text.AsSpan(s, e - s);
            var space = firstWord.IndexOf(' ');
            if (space > 0)
            {
                firstWord = firstWord[..space];
            }
            if (FirstNames.Contains(firstWord) || MidSentence(text, s))
            {
                matches.Add(new PiiMatch(PiiType.Name, s, e));
            }
        }
    }

    // The start of the capitalised word ending at end ("Sarah", "O'Brien", "Jean-Luc"), or -1.
    private static int WordStart(string text, int end)
    {
        var i = end;
        while (
            i > 0
            && (
                char.IsLetter(text[i - 1])
                || (text[i - 1] is '-' or '\'' or '’' && i - 2 >= 0 && char.IsLetter(text[i - 2]))
            )
        )
        {
            i--;
        }
        if (i == end || !char.IsUpper(text[i]) || !text.AsSpan(i, end - i).ContainsAnyInRange('a', 'z'))
        {
            return -1;
        }
        return i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] is '@' or '_') ? -1 : i;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (
            end < text.Length
            && (
                char.IsLetter(text[end])
                || (text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsUpper(text[end + 1]))
            )
        )
        {
            end++;
        }
        return Math.Max(end, start + 1);
    }

    private static bool NextIsStaffVerb(string text, int end)
    {
        var i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's')
        {
            i += 2;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }
        var next = WordEnd(text, i + 1);
        var word = text.AsSpan(i + 1, Math.Min(next, text.Length) - i - 1);
        foreach (var verb in StaffVerbs)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private enum Trust
    {
        Context,
        LexiconOrMidSentence,
        Lexicon,
    }

    private static void Collect(string text, MatchCollection found, List<PiiMatch> matches, Trust trust)
    {
        foreach (Match m in found)
        {
            var g = m.Groups["n"];
            if (!g.Success)
            {
                continue;
            }
            var (start, end) = NameWords.Trim(text, g.Index, g.Index + g.Length);
            if (end <= start)
            {
                continue;
            }
            var first = text.AsSpan(start, end - start);
            var space = first.IndexOf(' ');
            if (space > 0)
            {
                first = first[..space];
            }
            var known = FirstNames.Contains(first);
            var ok = trust switch
            {
                Trust.Context => true,
                Trust.Lexicon => known,
                _ => known || MidSentence(text, start),
            };
            if (ok)
            {
                matches.Add(new PiiMatch(PiiType.Name, start, end));
            }
        }
    }

    // A capitalised word after a lower-case word ("and Olu at…") is a proper noun, not the start of a sentence.
    private static bool MidSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        if (i < 0 || !char.IsLetter(text[i]))
        {
            return false;
        }
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return char.IsLower(text[i]);
    }

    private static bool HasUpperAfterStart(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private const string Word = @"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";
    private const string Name = "(?<n>" + Word + "(?:[ ]" + Word + ")?)";
    private const string FirstOnly = "(?<n>" + Word + ")";
    private const string NotInWord = @"(?<![\p{L}\p{N}'’-])";

    [GeneratedRegex(
        NotInWord
            + @"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mme|Mlle|Herr|Frau|Señor|Señora|Sr|Sra|Signor|Signora)\.?[ ]+"
            + Name,
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Title();

    [GeneratedRegex(
        NotInWord
            + @"(?i:hi|hello|hey|hiya|dear|thanks|thank[ ]you|cheers|bonjour|hallo|"
            + @"hola|ciao|good[ ]morning|morning)[,]?[ ]+"
            + FirstOnly
            + @"(?=[ ]*(?:[,.!?;:)]|\r?\n|$))",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Greeting();

    [GeneratedRegex(NotInWord + @"(?i:named|called|name[ ]was|name[ ]is)[ ]+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex Called();

    [GeneratedRegex(
        NotInWord
            + @"(?i:the|our|my|your|a|an|his|her|their)[ ]+(?i:manager|waiter|"
            + @"waitress|server|barista|cashier|receptionist|nurse|doctor|host|"
            + @"hostess|chef|clerk|assistant|employee|associate|supervisor|concierge|"
            + @"porter|housekeeper|cleaner|mechanic|installer|engineer|technician|"
            + @"stylist|hairdresser|therapist|trainer|teacher|instructor|pharmacist|"
            + @"dentist|vet|bartender|cook|salesperson|salesman|saleswoman|shop[ "
            + @"]assistant|store[ ]manager|guy|lady|girl|woman|man|gentleman|guide|"
            + @"pilot|steward|stewardess|attendant|agent|rep|advisor|adviser|driver|"
            + @"courier|owner|baker|butcher|florist)[,]?[ ]+"
            + Name,
        RegexOptions.CultureInvariant
    )]
    private static partial Regex RoleBefore();

    [GeneratedRegex(
        NotInWord
            + @"(?i:gifts?|presents?|birthday[ ]present|surprise|flowers|bouquet|card|"
            + @"cake|bought[ ](?:it|this|one|them)|ordered(?:[ ](?:it|this|one|"
            + @"them))?|got[ ](?:it|this|one|them)|booked(?:[ ](?:it|a[ ]table|a[ "
            + @"]room))?)[ ]+(?i:for)[ ]+(?:(?i:my|our)[ ]+\p{Ll}+[ ]+)?"
            + Name,
        RegexOptions.CultureInvariant
    )]
    private static partial Regex GiftFor();

    // " at the counter", " from support": the place comes first so the search has a literal to look for; the name
    // before it is read backwards in BeforePlaces.
    [GeneratedRegex(
        @"(?:['’]s)?[ ]+(?i:at|from|on|behind|in|over[ ]at)[ ]+(?:(?i:the|our|"
            + @"your)[ ]+)?(?i:front[ ]desk|counter|desk|reception|tills?|checkout|"
            + @"register|door|bar|store|shop|branch|phone|support|customer[ ]service|"
            + @"customer[ ]care|help[ ]?desk|call[ ]cent(?:re|er)|service[ ]desk|"
            + @"warehouse|kitchen|pharmacy|deli|bakery|caf[eé]|restaurant|hotel|"
            + @"garage|salon|clinic|office)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PlaceContext();
}
