using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Core.Text;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Turns a customer's goal or struggle phrase ("transfer $5 from my savings to checking", "finding parking") into
/// verb + object + clarifier, or says why it cannot: the first word must be a base-form verb (a gerund after a
/// struggle becomes one; colloquial verbs are mapped), the object runs to the first preposition, the clarifier is the
/// prepositional phrase after it; first-person words become neutral, amounts become "money", and the phrase is cut
/// before a conjunction, a pronoun subject or a proper name (run-on text without punctuation). Vague objects ("it",
/// "something"), words addressed to the business ("you", "please") and conversation verbs ("thank", "say") are
/// rejected, not patched. The clarifier may be empty: the caller supplies one from the evidence or leaves the job out.
/// </summary>
internal static partial class JobPhraseMaker
{
    private const int MaxObjectWords = 7,
        MaxClarifierWords = 7,
        MaxJobObjectWords = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "for",
        "before",
        "after",
        "on",
        "at",
        "in",
        "by",
        "during",
        "while",
        "without",
        "with",
        "within",
        "from",
        "to",
        "into",
        "through",
        "between",
        "near",
        "around",
        "across",
        "over",
        "under",
        "until",
        "once",
        "ahead",
        "instead",
        "as",
        "like",
        "outside",
    };

    // Verbs whose first preposition belongs to the object ("get to the airport", "sit on the terrace").
    private static readonly HashSet<string> IntransitiveVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "get",
        "go",
        "come",
        "move",
        "travel",
        "return",
        "walk",
        "drive",
        "fly",
        "head",
        "ride",
        "commute",
        "arrive",
        "pay",
        "sit",
        "stay",
        "eat",
        "dine",
        "live",
        "park",
        "sleep",
        "work",
        "shop",
        "log",
        "sign",
        "check",
        "apply",
        "wait",
    };

    // Verbs whose object customers leave out ("transfer from savings to checking"): the job names it.
    private static readonly Dictionary<string, string> ImpliedObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["transfer"] = "money",
        ["withdraw"] = "money",
        ["deposit"] = "money",
        ["send"] = "money",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "just",
        "really",
        "actually",
        "simply",
        "even",
        "also",
        "still",
        "quickly",
        "easily",
        "asap",
        "again",
        "finally",
        "properly",
        "somehow",
        "basically",
        "literally",
        "quick",
        "easy",
        "fast",
        "some",
        "any",
        "very",
        "much",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it's",
        "i'm",
        "we're",
        "you're",
        "they're",
        "there",
        "this",
        "that's",
        "you'll",
        "i'll",
        "we'll",
        "they'll",
        "i've",
        "we've",
        "you've",
        "i'd",
        "we'd",
        "you'd",
        "he's",
        "she's",
    };

    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "one",
        "something",
        "anything",
        "everything",
        "nothing",
        "things",
        "stuff",
        "more",
        "some",
        "what",
        "which",
        "if",
        "whether",
        "how",
        "why",
        "where",
        "who",
        "here",
        "there",
        "out",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "lot",
        "bit",
        "way",
        "time",
        "wrong",
        "either",
        "each",
        "both",
        "all",
        "other",
        "others",
        "another",
        "option",
        "ability",
        "possibility",
        "chance",
        "choice",
        // adjectives that leave the thing unnamed at the end of an object ("create your own", "find a decent")
        "own",
        "existing",
        "decent",
        "good",
        "great",
        "nice",
        "new",
        "old",
        "same",
        "different",
        "whole",
        "entire",
        "single",
        "right",
        "perfect",
        "best",
        "better",
        "cheap",
        "real",
        "enough",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it",
        "them",
        "something",
        "anything",
        "everything",
        "nothing",
        "someone",
        "anyone",
        "everyone",
        "somebody",
    };

    private static readonly Dictionary<string, string> Possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["my"] = "the",
        ["our"] = "the",
        ["your"] = "the",
        ["their"] = "the",
        ["his"] = "the",
        ["her"] = "the",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "me",
        "us",
        "myself",
        "ourselves",
        "him",
        "them",
    };

    // Two-word verbs read as one verb in a job statement.
    private static readonly Dictionary<string, (string Verb, string? Object)> Phrasal = new(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["pick up"] = ("collect", null),
        ["sign up"] = ("register", null),
        ["find out"] = ("find", null),
        ["top up"] = ("reload", null),
        ["check in"] = ("complete", "check-in"),
        ["check out"] = ("complete", "check-out"),
        ["log in"] = ("access", "the account"),
        ["sign in"] = ("access", "the account"),
        ["get back"] = ("recover", null),
        ["set up"] = ("arrange", null),
        ["drop off"] = ("deliver", null),
        ["work out"] = ("work", "out"),
        ["get in"] = ("enter", null),
        ["get into"] = ("enter", null),
        ["fill out"] = ("complete", null),
        ["fill in"] = ("complete", null),
        ["figure out"] = ("find", null),
        ["look for"] = ("find", null),
        ["take a look at"] = ("check", null),
        ["have a look at"] = ("check", null),
        ["get a hold of"] = ("reach", null),
        ["get hold of"] = ("reach", null),
        ["get in touch with"] = ("contact", null),
        ["make sure"] = ("confirm", null),
        ["cash in"] = ("redeem", null),
        ["cash out"] = ("redeem", null),
        ["find out about"] = ("find", null),
        ["look at"] = ("check", null),
        ["look up"] = ("find", null),
    };

    // Words after which the phrase is not a job: "could not have been nicer", "want to be able to".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "been",
        "be",
        "had",
        "got",
        "gotten",
        "done",
        "gone",
        "able",
        "not",
        "never",
        "to",
    };

    /// <summary>
    /// The phrase as verb + object + clarifier, or null with the reason in <paramref name="reason"/>.
    /// </summary>
    public static JobPhrase? Make(string phrase, JobLanguage language, out string reason)
    {
        // "get a Saturday appointment is impossible": the verdict after the job is not part of it.
        foreach (var verdict in language.Verdicts)
        {
            if (verdict.Match(phrase) is { Success: true } v)
            {
                phrase = phrase[..v.Index];
            }
        }
        var words = Words().Matches(phrase).Select(m => m.Value).ToList();
        reason = "";
        if (words.Count < 2)
        {
            reason = "too short";
            return null;
        }
        var opening = string.Join(' ', words.Take(4)).ToLowerInvariant() + " ";
        if (language.Idioms.FirstOrDefault(i => opening.StartsWith(i + " ", StringComparison.Ordinal)) is { } idiom)
        {
            reason = $"'{idiom}' is a set phrase, not a job";
            return null;
        }
        // "actually record…", "just come back…": leading adverbs are not the verb.
        while (words.Count > 2 && Fillers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        var verb = BaseForm(words[0].ToLowerInvariant(), language);
        if (verb is null)
        {
            reason = $"'{words[0]}' is not a verb";
            return null;
        }
        var rest = words.Skip(1).ToList();
        string? fixedObject = null;
        // "easy to get around", "getting around by tram": moving about the place where the customer is, the area.
        if (
            Motion.Contains(verb)
            && rest.Count > 0
            && rest[0].Equals("around", StringComparison.OrdinalIgnoreCase)
            && (rest.Count == 1 || Prepositions.Contains(rest[1]) || language.Breaks.Contains(rest[1]))
        )
        {
            fixedObject = "around the area";
            rest.RemoveAt(0);
        }
        for (var n = Math.Min(3, rest.Count); n >= 1; n--)
        {
            if (!Phrasal.TryGetValue(verb + " " + string.Join(' ', rest.Take(n)).ToLowerInvariant(), out var phrasal))
            {
                continue;
            }
            verb = phrasal.Verb;
            fixedObject = phrasal.Object;
            rest.RemoveRange(0, n);
            break;
        }
        // "go about getting more checks": the job is the gerund.
        if (
            verb == "go"
            && rest.Count > 1
            && rest[0].Equals("about", StringComparison.OrdinalIgnoreCase)
            && BaseForm(rest[1].ToLowerInvariant(), language) is { } inner
        )
        {
            verb = inner;
            rest.RemoveRange(0, 2);
        }
        // "get us to order more": the customer's words about someone else's push, not a job (checked past "us", "me").
        if (
            rest.FirstOrDefault(w => !Dropped.Contains(w)) is { } next
            && Auxiliaries.Contains(next)
            && !IsMotionTo(verb, rest)
        )
        {
            reason = $"'{verb} {next}' is not a job";
            return null;
        }
        // "have offered a drink", "have used the app": a tense, not having something.
        if (
            verb == "have"
            && rest.FirstOrDefault(w => !Dropped.Contains(w) && !Fillers.Contains(w)) is { } done
            && Participle().IsMatch(done.ToLowerInvariant())
        )
        {
            reason = $"'have {done}' is a tense, not a job";
            return null;
        }
        verb = language.VerbMap.GetValueOrDefault(verb, verb);
        if (language.NotJobs.Contains(verb))
        {
            reason = $"'{verb}' is talk, a feeling or a means, not a job";
            return null;
        }
        // Only the phrase's own words count: run-on text after a name or a new clause may address anyone.
        if (
            rest.TakeWhile(w =>
                    !IsName(w) && !language.Breaks.Contains(w) || w.Equals("please", StringComparison.OrdinalIgnoreCase)
                )
                .Any(w =>
                    w.Equals("you", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("please", StringComparison.OrdinalIgnoreCase)
                )
        )
        {
            reason = "addressed to the business (a request, not a job)";
            return null;
        }
        var kept = new List<string>();
        var cutAtName = false;
        var cutAt = -1;
        for (var i = 0; i < rest.Count; i++)
        {
            var w = rest[i];
            if (IsName(w))
            {
                cutAtName = true;
                break;
            }
            if (language.Breaks.Contains(w) || Subjects.Contains(w))
            {
                cutAt = i;
                break;
            }
            if (Fillers.Contains(w) || Dropped.Contains(w))
            {
                continue;
            }
            kept.Add(w);
        }
        var split = kept.FindIndex(w => Prepositions.Contains(w));
        if (split == 0 && fixedObject is null)
        {
            // "transfer from savings to checking" names no object: the verb implies it. Otherwise a motion verb's first
            // preposition belongs to the object ("get to the airport").
            if (ImpliedObjects.TryGetValue(verb, out var implied))
            {
                fixedObject = implied;
            }
            else if (IntransitiveVerbs.Contains(verb))
            {
                split = kept.FindIndex(1, w => Prepositions.Contains(w));
            }
            else
            {
                reason = "no clear object";
                return null;
            }
        }
        var clarifierWords = split < 0 ? [] : kept[split..];
        // "find space for large and heavy bags": cut at the "and" of a shared noun, "for large" names nothing.
        if (split >= 0 && CutInsideCoordination(kept[(split + 1)..], rest, cutAt, language))
        {
            clarifierWords = [];
        }
        var obj = fixedObject ?? Object(split < 0 ? kept : kept[..split]);
        // "get seen", "get notified": a passive names what someone else does, not the thing the customer wants.
        if (obj is null || verb == "get" && Participle().IsMatch(obj))
        {
            reason = "no clear object";
            return null;
        }
        // A clarifier cut before a name ("on a lazy Saturday") is a fragment: the caller supplies one instead. A name
        // after a preposition closes a phrase of its own ("before my trip to Iceland"): the clarifier before it stands.
        var clarifier =
            cutAtName && (kept.Count == 0 || !Prepositions.Contains(kept[^1])) ? "" : Clarifier(clarifierWords);
        if (Malformed(obj, clarifier, verb) is { } why)
        {
            reason = why;
            return null;
        }
        return new JobPhrase(Capitalise(verb), obj, clarifier);
    }

    // Grammar words that show a clause ran on into the object or clarifier ("back as soon as he gets home").
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "as",
        "than",
        "if",
        "because",
        "so",
        "that",
        "which",
        "who",
        "whose",
        "whether",
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "has",
        "had",
        "does",
        "did",
        "gets",
        "got",
        "too",
        "pretty",
        "not",
        "no",
        "and",
        "or",
        "but",
    };

    // Words that end an object but say how or when, not what ("the car late", "a dentist open").
    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "late",
        "early",
        "straight",
        "urgently",
        "instead",
        "open",
        "asap",
        "now",
        "soon",
    };

    // A particle is not an object ("go back", "come home").
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "back",
        "home",
        "out",
        "up",
        "down",
        "away",
        "off",
        "in",
        "over",
        "around",
        "along",
        "through",
        "ahead",
    };

    // Verbs of moving about, whose "around"/"to the …" names a place ("get to the station", "get around the city").
    private static readonly HashSet<string> Motion = new(StringComparer.OrdinalIgnoreCase)
    {
        "get",
        "go",
        "move",
        "travel",
        "walk",
        "drive",
        "commute",
    };

    // Particles that, followed by a place, name where the customer moves ("around the old town", "through the park").
    private static readonly HashSet<string> Across = new(StringComparer.OrdinalIgnoreCase)
    {
        "around",
        "through",
        "across",
        "along",
    };

    // "get to the airport" is a journey; "get to sleep", "get to know" are not (the word after "to" is no article).
    private static bool IsMotionTo(string verb, List<string> rest) =>
        Motion.Contains(verb)
        && rest.Count > 2
        && rest[0].Equals("to", StringComparison.OrdinalIgnoreCase)
        && (rest[1].ToLowerInvariant() is "the" or "a" or "an" || Possessives.ContainsKey(rest[1]));

    /// <summary>
    /// The phrase and each job joined to it by "and" with a verb of the same form ("relax and meet people", "moving
    /// around the city and getting to the station"): every part is made into a job on its own.
    /// </summary>
    public static IReadOnlyList<string> Parts(string phrase, JobLanguage language)
    {
        var parts = new List<string> { phrase };
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4)
        {
            return parts;
        }
        var gerund = words[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        for (var i = 1; i < words.Length - 2; i++)
        {
            if (!words[i].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var next = words[i + 1];
            if (
                next.EndsWith("ing", StringComparison.OrdinalIgnoreCase) == gerund
                && char.IsLower(next[0])
                && BaseForm(next.ToLowerInvariant(), language) is not null
            )
            {
                parts.Add(string.Join(' ', words[(i + 1)..]));
            }
        }
        return parts;
    }

    /// <summary>
    /// Whether the phrase was cut at an "and"/"or" that joins two modifiers of one noun ("large and heavy bags"): the
    /// words kept before it are a single modifier, and two or more words follow it that open no new phrase or clause.
    /// </summary>
    private static bool CutInsideCoordination(List<string> before, List<string> rest, int cutAt, JobLanguage language)
    {
        if (cutAt < 0 || rest[cutAt].ToLowerInvariant() is not ("and" or "or"))
        {
            return false;
        }
        if (before.Count(w => w.ToLowerInvariant() is not ("the" or "a" or "an")) != 1)
        {
            return false;
        }
        var after = rest.Skip(cutAt + 1)
            .TakeWhile(w =>
                !language.Breaks.Contains(w) && !Prepositions.Contains(w) && !Subjects.Contains(w) && !IsName(w)
            )
            .ToList();
        if (after.Count < 2)
        {
            return false;
        }
        var first = after[0].ToLowerInvariant();
        // "for dinner and a show", "for work and then some": a phrase of its own, or a new verb.
        return first is not ("the" or "a" or "an")
            && !Possessives.ContainsKey(first)
            && !Pronouns.Contains(first)
            && !Dropped.Contains(first)
            && BaseForm(first, language) is null;
    }

    /// <summary>Why a verb + object + clarifier is not a well-formed job (null when it is).</summary>
    private static string? Malformed(string obj, string clarifier, string verb)
    {
        var objectWords = obj.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var all = objectWords.Concat(clarifier.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        // Articles do not make an object longer: "the price of a filling" is one thing.
        if (objectWords.Count(w => w is not ("the" or "a" or "an")) > MaxJobObjectWords)
        {
            return "object too long to be one thing";
        }
        // "around the city" is a place moved about; "back", "home" and a bare "around" name none, except "home" as
        // where a journey ends ("get home for Christmas").
        if (
            Particles.Contains(objectWords[0])
            && !(objectWords.Length > 1 && Across.Contains(objectWords[0]))
            && !(Motion.Contains(verb) && objectWords is ["home"] && clarifier.Length > 0)
        )
        {
            return $"'{objectWords[0]}' is a particle, not an object";
        }
        if (all.FirstOrDefault(w => w.Length == 1 && w is not "a" and not "A" && !char.IsDigit(w[0])) is { } letter)
        {
            return $"'{letter}' is a fragment";
        }
        if (all.FirstOrDefault(ClauseWords.Contains) is { } clause)
        {
            return $"'{clause}' runs on into another clause";
        }
        return null;
    }

    /// <summary>
    /// A circumstance in the customers' words as a job clarifier: "for our wedding anniversary" → "for a wedding
    /// anniversary", "on my lunch break" → "on a lunch break"; empty when nothing clear is left. Who came along ("with
    /// my daughter") is a circumstance but no clarifier: after another job's object it reads as part of the thing
    /// ("find a dentist with a daughter").
    /// </summary>
    public static string ClarifierOf(string circumstance, JobLanguage language)
    {
        var words = Words().Matches(circumstance).Select(m => m.Value).ToList();
        if (
            words.Count < 2
            || !Prepositions.Contains(words[0])
            || words[0].Equals("with", StringComparison.OrdinalIgnoreCase)
        )
        {
            return "";
        }
        var kept = new List<string> { words[0] };
        foreach (var w in words.Skip(1))
        {
            if (language.Breaks.Contains(w) || Subjects.Contains(w) || IsName(w))
            {
                break;
            }
            if (Fillers.Contains(w) || Dropped.Contains(w))
            {
                continue;
            }
            kept.Add(w);
        }
        return Clarifier(kept);
    }

    // Prepositions that open a circumstance of the job (when, for what occasion, where, under what constraint) rather
    // than a complement of its verb ("keep the score from going down", "use the card to buy a laptop").
    private static readonly HashSet<string> CircumstanceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "for",
        "before",
        "after",
        "during",
        "while",
        "when",
        "on",
        "at",
        "in",
        "by",
        "until",
        "within",
        "ahead",
        "outside",
        "without",
    };

    /// <summary>
    /// Whether a clarifier states a circumstance ("for a wedding", "after work") that may describe another wording of
    /// the same job, not a complement of its own verb ("from going down", "to scan an image", "near my workshop").
    /// </summary>
    public static bool IsCircumstance(string clarifier)
    {
        var first = clarifier.Split(' ', 2)[0];
        return CircumstanceOpeners.Contains(first);
    }

    // Prepositions that say when, whatever follows them.
    private static readonly HashSet<string> TemporalOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "before",
        "after",
        "during",
        "while",
        "when",
        "until",
        "within",
        "ahead",
    };

    /// <summary>
    /// Whether a clarifier says when or on what occasion ("before the flight", "on Saturdays", "for a wedding": a
    /// time, a day or the customers' circumstance language): only such a clarifier may be borrowed from another wording
    /// of a job. A place or a complement ("in the south lounge", "for a badly designed seat") belongs to its own verb.
    /// </summary>
    public static bool IsOccasion(string clarifier, JobLanguage language)
    {
        var words = clarifier.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        if (TemporalOpeners.Contains(words[0]) || words.Any(w => IsTime(w) || w.EndsWith('s') && IsTime(w[..^1])))
        {
            return true;
        }
        try
        {
            return language.Patterns.TryGetValue(JobClauseKind.Circumstance, out var patterns)
                && patterns.Any(p => p.IsMatch(clarifier));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool IsTime(string word) =>
        TimeNames.Contains(word) || CalendarWords.DayParts.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The base form of a verb ("finding" → "find", "getting" → "get"), or null when it is not a listed verb.
    /// </summary>
    public static string? BaseForm(string word, JobLanguage language)
    {
        if (language.Verbs.Contains(word) || language.VerbMap.ContainsKey(word))
        {
            return word;
        }
        if (!word.EndsWith("ing", StringComparison.Ordinal) || word.Length < 5)
        {
            return null;
        }
        var stem = word[..^3];
        foreach (
            var candidate in new[] { stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem }
        )
        {
            if (language.Verbs.Contains(candidate) || language.VerbMap.ContainsKey(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string? Object(List<string> words)
    {
        // A count inside the object measures something ("someone two people away", "a 3 day pass"): without it the
        // object stops making sense, and with it the job holds one customer's figure. A count in front is dropped.
        if (words.Skip(1).Any(IsCount))
        {
            return null;
        }
        // So is an amount with words after it ("the $20 version", "£200 a month"): "send £50" is "send money" and
        // "want my $19 back" is "get money back", but "buy the money version" is nothing.
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (Amount().IsMatch(words[i]) && !words.Skip(i + 1).All(w => w is "back"))
            {
                return null;
            }
        }
        var cleaned = Neutral(words, "the");
        // "the car late", "a gift straight", "a dentist open": how or when, not the thing.
        while (cleaned.Count > 1 && Trailing.Contains(cleaned[^1]))
        {
            cleaned.RemoveAt(cleaned.Count - 1);
        }
        if (cleaned.Count == 0 || cleaned.Count > MaxObjectWords)
        {
            return null;
        }
        if (cleaned.All(w => Vague.Contains(w) || Prepositions.Contains(w) || w is "the" or "a" or "an"))
        {
            return null;
        }
        // "get it earlier", "make it sing": a pronoun first leaves the thing unnamed, whatever follows.
        if (Pronouns.Contains(cleaned[0]))
        {
            return null;
        }
        if (Vague.Contains(cleaned[^1]))
        {
            return null;
        }
        // "the sights of", "a view to": the thing it belongs to was cut off (a name, run-on text).
        if (cleaned[^1] is "the" or "a" or "an" or "of" or "to")
        {
            return null;
        }
        return string.Join(' ', cleaned);
    }

    private static string Clarifier(List<string> words)
    {
        // "on the evening of 16 February" without its day is no date: one customer's date is no circumstance either.
        for (var i = 0; i < words.Count; i++)
        {
            if (
                IsCount(words[i])
                && (
                    i > 0 && TimeNames.Contains(words[i - 1]) || i + 1 < words.Count && TimeNames.Contains(words[i + 1])
                )
            )
            {
                return "";
            }
        }
        // "to it", "for them": the thing the circumstance is about was said before, so the clarifier says nothing.
        if (words.Count > 1 && Prepositions.Contains(words[0]) && Pronouns.Contains(words[1]))
        {
            return "";
        }
        var cleaned = Neutral(words, "a");
        // "for 4 on Saturday" without its count: "for" is left with nothing.
        for (var i = cleaned.Count - 2; i >= 0; i--)
        {
            if (Prepositions.Contains(cleaned[i]) && Prepositions.Contains(cleaned[i + 1]))
            {
                cleaned.RemoveAt(i);
            }
        }
        // Too long: cut before the last preposition that leaves a whole phrase ("after returning the car with a full
        // tank" → "after returning the car"); a phrase cut mid-way ("for a fancy dress party the next") says nothing.
        if (cleaned.Count > MaxClarifierWords)
        {
            var cut = cleaned.FindLastIndex(MaxClarifierWords, MaxClarifierWords, Prepositions.Contains);
            if (cut < 2)
            {
                return "";
            }
            cleaned = cleaned[..cut];
        }
        // A clarifier ends on a content word: "for a" or "to the" says nothing.
        while (
            cleaned.Count > 0
            && (
                cleaned[^1] is "the" or "a" or "an" || Prepositions.Contains(cleaned[^1]) || Vague.Contains(cleaned[^1])
            )
        )
        {
            cleaned.RemoveAt(cleaned.Count - 1);
        }
        var content = cleaned
            .Skip(1)
            .Where(w => w is not ("the" or "a" or "an" or "money") && !Prepositions.Contains(w))
            .ToList();
        return cleaned.Count < 2 || content.Count == 0 ? "" : string.Join(' ', cleaned);
    }

    // First-person and possessive words become neutral; amounts become "money"; a number alone is dropped.
    private static List<string> Neutral(List<string> words, string article)
    {
        var result = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].ToLowerInvariant();
            if (Possessives.ContainsKey(w))
            {
                // "on my drawings" → "on drawings": "a" never goes before a plural.
                if (article != "a" || i + 1 == words.Count || !IsPlural(words[i + 1]))
                {
                    result.Add(article);
                }
                continue;
            }
            if (Amount().IsMatch(w) || w is "dollars" or "pounds" or "euros" or "bucks" or "quid")
            {
                if (result.Count == 0 || result[^1] != "money")
                {
                    result.Add("money");
                }
                continue;
            }
            if (IsCount(w))
            {
                continue;
            }
            // A day, month or feast keeps its capital ("on a lazy Saturday", "on Sundays"), however it was typed.
            result.Add(
                TimeNames.TryGetValue(w, out var time) ? time
                : w.EndsWith('s') && TimeNames.TryGetValue(w[..^1], out var times) ? times + "s"
                : w
            );
        }
        // "the money" reads better as "money"; "a the" never; "a anniversary" is "an anniversary".
        for (var i = result.Count - 2; i >= 0; i--)
        {
            if (result[i] is "the" or "a" && result[i + 1] is "money" or "the" or "a")
            {
                result.RemoveAt(i);
            }
        }
        for (var i = 0; i < result.Count - 1; i++)
        {
            if (result[i] is "a" or "an")
            {
                result[i] = JobWords.Article(result[i + 1]);
            }
        }
        return result;
    }

    private static bool IsPlural(string word) =>
        word.Length > 3
        && word.EndsWith('s')
        && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal);

    private static bool IsCount(string word) =>
        word.All(c => char.IsDigit(c) || c is '.' or ',') || NumberWords.Contains(word);

    // A capitalised word inside a phrase (not "I") is a name: a brand, a person, a place; the job stops before it.
    // A redaction placeholder ("name-29") stands for a name too.
    private static bool IsName(string word) =>
        word.Length > 1
            && char.IsUpper(word[0])
            && word.Skip(1).Any(char.IsLower)
            && word is not "I"
            && !TimeNames.Contains(word)
            && !(word.EndsWith('s') && TimeNames.Contains(word[..^1]))
        || Placeholder().IsMatch(word);

    // Capitalised words that name a time, not a person or a place: "on a lazy Saturday" is a whole clarifier.
    private static readonly HashSet<string> TimeNames = new(
        CalendarWords.Unambiguous.Concat(CalendarWords.Feasts),
        StringComparer.OrdinalIgnoreCase
    );

    [GeneratedRegex(@"^[a-z]+-\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex(@"[$£€]?[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twenty",
        "fifty",
        "hundred",
        "thousand",
    };

    [GeneratedRegex(@"^(?:[a-z]+ed|seen|done|paid|given|taken|known|told|sent)$")]
    private static partial Regex Participle();

    [GeneratedRegex(@"^[$£€]\d")]
    private static partial Regex Amount();
}
