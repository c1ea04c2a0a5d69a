using System.Text.RegularExpressions;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// Checks a job statement against the seed-003 grammar: a base-form verb first, an object, a contextual clarifier,
/// solution-agnostic wording (no products, brands, channels, features or technology), one job only (no "and" joining
/// two verbs) and no satisfaction adjectives ("quickly and easily" belongs in desired outcomes, not in the job).
/// Findings are phrased so a model can repair its draft from them.
/// </summary>
public static partial class JobStatementLinter
{
    public const string Name = "job-statement";

    /// <summary>
    /// Words that name a solution rather than the job. Extend per analysis with catalog and brand names.
    /// </summary>
    public static readonly IReadOnlySet<string> SolutionTerms = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "app",
        "apps",
        "application",
        "website",
        "web",
        "site",
        "online",
        "portal",
        "click",
        "tap",
        "button",
        "form",
        "login",
        "log",
        "password",
        "email",
        "e-mail",
        "chat",
        "chatbot",
        "phone",
        "call",
        "calling",
        "text",
        "sms",
        "checkout",
        "cart",
        "basket",
        "download",
        "software",
        "platform",
        "system",
        "dashboard",
        "screen",
        "menu",
        "internet",
        "digital",
        "account",
        "feature",
        "tool",
        "ai",
        "api",
        "qr",
        "pre-order",
        "preorder",
        "subscription",
        "notification",
        "page",
        "link",
        "filter",
        "calendar",
        "our",
        "we",
        "us",
        "using",
    };

    /// <summary>
    /// Adjectives and adverbs of satisfaction: they describe how well the job is done, which is an outcome.
    /// </summary>
    public static readonly IReadOnlySet<string> SatisfactionWords = new HashSet<string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        "quickly",
        "easily",
        "easy",
        "fast",
        "faster",
        "quick",
        "simple",
        "simply",
        "efficiently",
        "efficient",
        "conveniently",
        "convenient",
        "seamlessly",
        "seamless",
        "better",
        "best",
        "cheaply",
        "cheap",
        "cheaper",
        "effortlessly",
        "smoothly",
        "hassle-free",
        "painless",
        "painlessly",
        "reliably",
        "great",
        "perfect",
        "perfectly",
    };

    // Words that cannot start a job (pronouns, articles, gerunds are handled separately).
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "i",
        "we",
        "you",
        "they",
        "the",
        "a",
        "an",
        "my",
        "our",
        "to",
        "as",
        "when",
        "if",
        "so",
        "because",
        "customer",
        "customers",
        "user",
        "users",
        "quality",
        "order",
        "orders",
        "breakfast",
        "gear",
        "food",
    };

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
        "when",
        "so",
        "until",
        "to",
        "into",
        "through",
        "across",
        "between",
        "once",
        "ahead",
        "whenever",
        "that",
        "outside",
        "against",
        "under",
        "near",
        "around",
        "despite",
        "where",
        "as",
        "if",
        "throughout",
        "over",
    };

    /// <summary>
    /// Findings for one statement; <paramref name="extraSolutionTerms"/> adds brand, product and touchpoint names from
    /// the data.
    /// </summary>
    public static IReadOnlyList<Finding> Check(JobStatement statement, IEnumerable<string>? extraSolutionTerms = null)
    {
        var findings = new List<Finding>();
        var verb = statement.Verb.Trim();
        if (verb.Length == 0 || verb.Contains(' ', StringComparison.Ordinal))
        {
            findings.Add(new Finding(Name, $"'{statement.Text}' must start with a single verb"));
        }
        else if (!IsBaseFormVerb(verb))
        {
            findings.Add(
                new Finding(
                    Name,
                    $"'{verb}' is not a verb in base form; start the job with a verb such as 'Get', 'Find', 'Celebrate'"
                )
            );
        }
        if (!char.IsUpper(verb.FirstOrDefault()))
        {
            findings.Add(new Finding(Name, $"the verb '{verb}' should be capitalised as the first word"));
        }
        if (Words(statement.Object).Count == 0)
        {
            findings.Add(new Finding(Name, $"'{statement.Text}' has no object: say what the verb acts on"));
        }
        var clarifier = Words(statement.Clarifier);
        if (clarifier.Count < 2)
        {
            findings.Add(
                new Finding(
                    Name,
                    $"'{statement.Text}' has no contextual clarifier: add when, where or "
                        + $"for what the job is done ('before the morning commute')"
                )
            );
        }
        else if (!Prepositions.Contains(clarifier[0]))
        {
            findings.Add(
                new Finding(
                    Name,
                    $"the clarifier '{statement.Clarifier}' should open with a word such as "
                        + $"'for', 'before', 'when' or 'without'"
                )
            );
        }

        var words = Words(statement.Text);
        var solution = words.Where(w => SolutionTerms.Contains(w)).ToList();
        foreach (var term in extraSolutionTerms ?? [])
        {
            if (term.Length > 1 && ContainsTerm(statement.Text, term))
            {
                solution.Add(term);
            }
        }
        if (solution.Count > 0)
        {
            var remove = string.Join(", ", solution.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => $"'{s}'"));
            findings.Add(
                new Finding(
                    Name,
                    $"'{statement.Text}' is not solution-agnostic: remove {remove} and "
                        + $"describe the progress the customer wants"
                )
            );
        }
        var satisfaction = words.Where(SatisfactionWords.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (satisfaction.Count > 0)
        {
            findings.Add(
                new Finding(
                    Name,
                    $"'{statement.Text}' contains "
                        + $"{string.Join(", ", satisfaction.Select(s => $"'{s}'"))}: how well the "
                        + $"job is done belongs in a desired outcome, not in the job"
                )
            );
        }
        if (JoinsTwoJobs(words))
        {
            findings.Add(
                new Finding(Name, $"'{statement.Text}' joins two jobs with 'and'; split it into two statements")
            );
        }
        return findings;
    }

    /// <summary>True when the statement passes every rule.</summary>
    public static bool Passes(JobStatement statement, IEnumerable<string>? extraSolutionTerms = null) =>
        Check(statement, extraSolutionTerms).Count == 0;

    private static bool IsBaseFormVerb(string verb)
    {
        var v = verb.ToLowerInvariant();
        if (NotVerbs.Contains(v))
        {
            return false;
        }
        if (v.EndsWith("ing", StringComparison.Ordinal) && v is not "bring" and not "sing" and not "string")
        {
            return false;
        }
        if (
            v.EndsWith("ed", StringComparison.Ordinal)
            && v is not "feed" and not "need" and not "speed" and not "shed" and not "embed"
        )
        {
            return false;
        }
        if (v.EndsWith('s') && !v.EndsWith("ss", StringComparison.Ordinal) && v is not "focus" and not "canvas")
        {
            return false;
        }
        return v.All(char.IsLetter) || v.Contains('-', StringComparison.Ordinal);
    }

    // "and" between two verbs (or a comma list ending "and <verb>") joins two jobs; "bread and butter" does not.
    private static bool JoinsTwoJobs(List<string> words)
    {
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (words[i] != "and")
            {
                continue;
            }
            if (CommonVerbs.Contains(words[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> CommonVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "get",
        "find",
        "buy",
        "order",
        "pay",
        "return",
        "track",
        "book",
        "collect",
        "pick",
        "choose",
        "compare",
        "plan",
        "celebrate",
        "feed",
        "keep",
        "make",
        "send",
        "receive",
        "change",
        "cancel",
        "exchange",
        "replace",
        "fix",
        "use",
        "try",
        "rent",
        "reserve",
        "check",
        "confirm",
        "know",
        "start",
        "stay",
        "enjoy",
        "host",
        "serve",
        "deliver",
        "prepare",
        "share",
        "save",
        "reduce",
        "increase",
        "avoid",
        "learn",
        "set",
        "eat",
        "drink",
        "grab",
        "arrange",
    };

    private static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static bool ContainsTerm(string text, string term) =>
        Regex.IsMatch(
            text,
            $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)
        );

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
