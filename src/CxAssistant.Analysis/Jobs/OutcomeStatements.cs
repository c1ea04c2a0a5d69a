using System.Globalization;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Phrases a survey column's outcome name in ODI form (direction + metric + object + clarifier) and keeps it
/// solution-agnostic: "order ready on time" → "Minimize the likelihood that the order is not ready on time";
/// "fresh pastries" → "Increase the likelihood that the pastries are fresh"; "easy online ordering" →
/// "Minimize the effort it takes to place an order". Names that fit no rule keep the customer's words after
/// "Increase the likelihood of".
/// </summary>
internal static class OutcomeStatements
{
    private static readonly HashSet<string> SolutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "online",
        "app",
        "website",
        "web",
        "digital",
        "mobile",
    };
    private static readonly HashSet<string> Ease = new(StringComparer.OrdinalIgnoreCase)
    {
        "easy",
        "simple",
        "quick",
        "fast",
        "effortless",
    };
    private static readonly HashSet<string> States = new(StringComparer.OrdinalIgnoreCase)
    {
        "ready",
        "delivered",
        "available",
        "correct",
        "complete",
        "accurate",
        "arrived",
    };

    public static string FromName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SolutionWords.Contains(w))
            .ToList();
        if (words.Count == 0)
        {
            return "Increase the likelihood of a good outcome";
        }
        var state = words.FindIndex(States.Contains);
        if (state > 0)
        {
            return $"Minimize the likelihood that the {string.Join(' ', words[..state])} "
                + $"is not {string.Join(' ', words[state..])}";
        }
        if (Ease.Contains(words[0]) && words.Count > 1)
        {
            var activity = string.Join(' ', words.Skip(1).Select(Verb));
            return $"Minimize the effort it takes to {(activity == "order" ? "place an order" : activity)}";
        }
        if (words.Count == 2)
        {
            return $"Increase the likelihood that the {words[1]} {(words[1].EndsWith('s') ? "are" : "is")} {words[0]}";
        }
        return "Increase the likelihood of " + string.Join(' ', words);
    }

    // "ordering" → "order", "booking" → "book": the activity as a verb.
    private static string Verb(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5
            ? word[..^3]
            : word.ToLower(CultureInfo.InvariantCulture);
}
