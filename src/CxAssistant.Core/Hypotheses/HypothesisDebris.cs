using System.Text.RegularExpressions;

namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// What a reader must never see in a hypothesis, however it was drafted: an unfilled template slot ("{touchpoint}"), a
/// word written twice ("the the"), a template's capitalisation applied to an acronym ("nPS"). Customers' quotes are
/// not read: they are verbatim. <see cref="HypothesisCheck"/> reports these, so the offline drafter drops such a
/// hypothesis and a model's rewrite with them is sent back or replaced by the offline draft before anything renders.
/// </summary>
public static partial class HypothesisDebris
{
    // Product names spelled this way on purpose.
    private static readonly HashSet<string> Spellings = new(StringComparer.Ordinal) { "iOS", "eSIM", "iCloud", "eBay" };

    public static IReadOnlyList<string> Find(ImprovementHypothesis h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var problems = new List<string>();
        foreach (var text in Texts(h).Where(t => !string.IsNullOrEmpty(t)))
        {
            if (Slot().Match(text) is { Success: true } slot)
            {
                problems.Add($"unfilled slot {slot.Value}");
            }
            foreach (Match m in Doubled().Matches(text))
            {
                if (!char.IsDigit(m.Groups[1].Value[0]))
                {
                    problems.Add($"'{m.Value}' repeats a word");
                }
            }
            if (Acronym().Matches(text).FirstOrDefault(m => !Spellings.Contains(m.Value)) is { } a)
            {
                problems.Add($"'{a.Value}' is mis-cased");
            }
        }
        return problems;
    }

    private static IEnumerable<string> Texts(ImprovementHypothesis h) =>
        [
            h.Title,
            h.Change,
            h.Resources,
            h.KillCriterion,
            h.SuccessMetric.Name,
            h.SuccessMetric.Target,
            h.SuccessMetric.Method,
            h.SuccessMetric.Baseline.HowComputed,
            .. h.UnintendedConsequences,
        ];

    [GeneratedRegex(@"\{[A-Za-z_]+\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\b\p{Ll}\p{Lu}{2,}\b")]
    private static partial Regex Acronym();
}
