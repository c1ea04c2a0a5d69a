using System.Globalization;
using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Turns a customer's own job phrase ("return the boots for a half size up") into verb + object + clarifier when no
/// theme fits: the first word becomes a base-form verb (colloquial verbs mapped: grab → get), the object runs to the
/// first preposition, the rest is the clarifier; first-person words become neutral ("my" → "the"). The result still
/// has to pass the linter — phrases without a clarifier, or naming a solution, are rejected, not patched.
/// </summary>
internal static partial class JobPhraseNormaliser
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["grab"] = "get", ["pick"] = "collect", ["buy"] = "buy", ["purchase"] = "buy", ["sort"] = "resolve",
        ["swap"] = "exchange", ["do"] = "do", ["have"] = "have",
    };

    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "before", "after", "on", "at", "in", "by", "during", "while", "without", "with", "within", "from",
        "when", "so", "until", "into", "through", "once", "ahead",
    };

    private static readonly Dictionary<string, string> Neutral = new(StringComparer.OrdinalIgnoreCase)
    {
        ["my"] = "the", ["our"] = "the", ["your"] = "the", ["me"] = "", ["i"] = "", ["us"] = "",
    };

    public static JobPhrase? Normalise(string goal)
    {
        var words = WordPattern().Matches(goal).Select(m => m.Value).ToList();
        if (words.Count < 2) return null;
        var first = words[0].ToLowerInvariant();
        if (!char.IsLetter(first[0])) return null;
        var verb = Verbs.GetValueOrDefault(first, first);
        var rest = words.Skip(1).Select(w => Neutral.GetValueOrDefault(w, w)).Where(w => w.Length > 0).ToList();
        // A second job joined with "and" is cut off: one statement, one job.
        var and = rest.FindIndex(w => w.Equals("and", StringComparison.OrdinalIgnoreCase));
        if (and > 0) rest = rest[..and];
        var split = rest.FindIndex(w => Breaks.Contains(w));
        if (split <= 0) return new JobPhrase(Capitalise(verb), string.Join(' ', rest), "");
        return new JobPhrase(Capitalise(verb), string.Join(' ', rest[..split]), string.Join(' ', rest[split..]));
    }

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
