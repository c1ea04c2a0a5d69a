using System.Text.RegularExpressions;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// What a reader must never see in a drafted hypothesis: an unfilled template slot ("{touchpoint}"), a word written
/// twice ("the the"), a template's capitalisation applied to an acronym ("nPS"). The drafter drops a hypothesis with
/// any of these rather than render it.
/// </summary>
internal static partial class HypothesisDebris
{
    // Product names spelled this way on purpose.
    private static readonly HashSet<string> Spellings = new(StringComparer.Ordinal) { "iOS", "eSIM", "iCloud", "eBay" };

    public static IReadOnlyList<string> Find(ImprovementHypothesis h)
    {
        var problems = new List<string>();
        foreach (var text in Texts(h))
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

    /// <summary>
    /// Words of another industry in the hypothesis's title, change or resources ("product pages" at a hotel); none
    /// for a business's own catalog, whose kind is not known.
    /// </summary>
    public static IReadOnlyList<string> Foreign(ImprovementHypothesis h, RemedyCatalogue catalogue, string business) =>
        business == Touchpoints.BusinessKind.None
            ? []
            : catalogue.Foreign(string.Join(" ", h.Title, h.Change, h.Resources), business);

    private static IEnumerable<string> Texts(ImprovementHypothesis h) =>
        [
            h.Title,
            h.Change,
            h.Resources,
            h.KillCriterion,
            h.SuccessMetric.Name,
            h.SuccessMetric.Target,
            h.SuccessMetric.Method,
            .. h.UnintendedConsequences,
        ];

    [GeneratedRegex(@"\{[A-Za-z_]+\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\b\p{Ll}\p{Lu}{2,}\b")]
    private static partial Regex Acronym();
}
