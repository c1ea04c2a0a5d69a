using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Names in running text, where customers usually write them: after a title ("Mr Patel"), a greeting anywhere ("Hi Kim."),
/// "named"/"called", a staff role ("our waiter Tom"), before a place of service ("Sarah at the counter"), after a gift
/// ("a gift for Maria"); and, for names the lexicon knows (<see cref="FirstNames"/>), after a preposition ("thanks to
/// Priya"), as the subject of what staff do ("Kim said…") or anywhere after a lower-case word ("what did Kim say"). Capitalised words that are not names ("Checkout at the
/// store", "for Christmas") are dropped by <see cref="NameWords"/>.
/// </summary>
internal static partial class RunningTextNames
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        if (!HasUpperAfterStart(text)) return;
        Collect(text, Title().Matches(text), matches, Trust.Context);
        Collect(text, Greeting().Matches(text), matches, Trust.Context);
        Collect(text, Called().Matches(text), matches, Trust.Context);
        Collect(text, RoleBefore().Matches(text), matches, Trust.Context);
        Collect(text, GiftFor().Matches(text), matches, Trust.Context);
        Collect(text, PlaceAfter().Matches(text), matches, Trust.LexiconOrMidSentence);
        Collect(text, Preposition().Matches(text), matches, Trust.Lexicon);
        Collect(text, Subject().Matches(text), matches, Trust.Lexicon);
        Collect(text, MidSentence().Matches(text), matches, Trust.Lexicon);
    }

    private enum Trust { Context, LexiconOrMidSentence, Lexicon }

    private static void Collect(string text, MatchCollection found, List<PiiMatch> matches, Trust trust)
    {
        foreach (Match m in found)
        {
            var g = m.Groups["n"];
            if (!g.Success) continue;
            var (start, end) = NameWords.Trim(text, g.Index, g.Index + g.Length);
            if (end <= start) continue;
            var first = text.AsSpan(start, end - start);
            var space = first.IndexOf(' ');
            if (space > 0) first = first[..space];
            var known = FirstNames.Contains(first);
            var ok = trust switch
            {
                Trust.Context => true,
                Trust.Lexicon => known,
                _ => known || MidSentence(text, start),
            };
            if (ok) matches.Add(new PiiMatch(PiiType.Name, start, end));
        }
    }

    // A capitalised word after a lower-case word ("and Olu at…") is a proper noun, not the start of a sentence.
    private static bool MidSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || !char.IsLetter(text[i])) return false;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return char.IsLower(text[i]);
    }

    private static bool HasUpperAfterStart(string text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return true;
        return false;
    }

    private const string Word = @"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";
    private const string Name = "(?<n>" + Word + "(?:[ ]" + Word + ")?)";
    private const string FirstOnly = "(?<n>" + Word + ")";
    private const string NotInWord = @"(?<![\p{L}\p{N}'’-])";

    [GeneratedRegex(NotInWord + @"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mme|Mlle|Herr|Frau|Señor|Señora|Sr|Sra|Signor|Signora)\.?[ ]+" + Name,
        RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(NotInWord + @"(?i:hi|hello|hey|hiya|dear|thanks|thank[ ]you|cheers|bonjour|hallo|hola|ciao|good[ ]morning|morning)[,]?[ ]+"
        + FirstOnly + @"(?=[ ]*(?:[,.!?;:)]|\r?\n|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(NotInWord + @"(?i:named|called|name[ ]was|name[ ]is)[ ]+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex Called();

    [GeneratedRegex(NotInWord + @"(?i:the|our|my|your|a|an|his|her|their)[ ]+(?i:manager|waiter|waitress|server|barista|cashier|receptionist|nurse|doctor|host|hostess|chef|clerk|assistant|employee|associate|supervisor|concierge|porter|housekeeper|cleaner|mechanic|installer|engineer|technician|stylist|hairdresser|therapist|trainer|teacher|instructor|pharmacist|dentist|vet|bartender|cook|salesperson|salesman|saleswoman|shop[ ]assistant|store[ ]manager|guy|lady|girl|woman|man|gentleman|guide|pilot|steward|stewardess|attendant|agent|rep|advisor|adviser|driver|courier|owner|baker|butcher|florist)[,]?[ ]+" + Name,
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(NotInWord + @"(?i:gifts?|presents?|birthday[ ]present|surprise|flowers|bouquet|card|cake|bought[ ](?:it|this|one|them)|ordered(?:[ ](?:it|this|one|them))?|got[ ](?:it|this|one|them)|booked(?:[ ](?:it|a[ ]table|a[ ]room))?)[ ]+(?i:for)[ ]+(?:(?i:my|our)[ ]+\p{Ll}+[ ]+)?" + Name,
        RegexOptions.CultureInvariant)]
    private static partial Regex GiftFor();

    [GeneratedRegex(NotInWord + Name + @"(?:['’]s)?[ ]+(?i:at|from|on|behind|in|over[ ]at)[ ]+(?:(?i:the|our|your)[ ]+)?(?i:front[ ]desk|counter|desk|reception|tills?|checkout|register|door|bar|store|shop|branch|phone|support|customer[ ]service|customer[ ]care|help[ ]?desk|call[ ]cent(?:re|er)|service[ ]desk|warehouse|kitchen|pharmacy|deli|bakery|caf[eé]|restaurant|hotel|garage|salon|clinic|office)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(NotInWord + @"(?i:with|to|for|from|by|and|thanks[ ]to|told|asked|called|emailed|texted|messaged|met|saw|helped|thank)[ ]+" + Name,
        RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    // A known given name after a lower-case word ("what did Kim say", "ask Priya") is a name wherever it stands.
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}'’-])\p{Ll}+[,;:]?[ ])" + Name + @"(?![\p{L}\p{N}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex MidSentence();

    [GeneratedRegex(NotInWord + Name + @"(?:['’]s)?[ ]+(?i:was|is|were|has|had|said|says|told|helped|explained|called|answered|fixed|sorted|resolved|went|did|made|gave|offered|apologi[sz]ed|refunded|replied|emailed|promised|assured|tried|managed|handled|took|checked|kept|got|came|knew|remembered|recommended|suggested|listened|stayed|greeted|served)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Subject();
}
