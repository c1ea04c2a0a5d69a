namespace CxAssistant.Core.Validation;

/// <summary>
/// Checks that labels a model chose come from the fixed vocabulary (touchpoint ids, intents, emotions, stages).
/// Comparison is ordinal and case-insensitive; anything else (a score, a sentence, an instruction) is a finding.
/// </summary>
public static class AllowedLabelsCheck
{
    /// <summary>The check's name in findings.</summary>
    public const string Name = "labels";

    /// <summary>
    /// Findings for every label not in <paramref name="allowed"/>; null or empty labels are findings when
    /// <paramref name="required"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Check(
        string field,
        IEnumerable<string?> labels,
        IReadOnlyCollection<string> allowed,
        bool required = false
    )
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(allowed);
        var findings = new List<Finding>();
        var list = labels.ToList();
        if (required && list.All(string.IsNullOrWhiteSpace))
        {
            findings.Add(new Finding(Name, $"{field} is empty; choose one of {Join(allowed)}"));
        }
        foreach (var label in list.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (!allowed.Contains(label!.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(new Finding(Name, $"{field} '{Shorten(label)}' is not one of {Join(allowed)}"));
            }
        }
        return findings;
    }

    private static string Join(IReadOnlyCollection<string> allowed) =>
        allowed.Count <= 20
            ? string.Join(", ", allowed)
            : string.Join(", ", allowed.Take(20)) + $" (and {allowed.Count - 20} more)";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
