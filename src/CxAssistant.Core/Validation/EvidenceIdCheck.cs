namespace CxAssistant.Core.Validation;

/// <summary>
/// Checks that a draft cites only evidence it was given (ids exist and were in the request) and cites at least
/// <c>minimum</c> items. Stops a model from inventing ids or citing records it never saw.
/// </summary>
public static class EvidenceIdCheck
{
    /// <summary>The check's name in findings.</summary>
    public const string Name = "evidence-ids";

    /// <summary>Findings for unknown ids and for citing fewer than <paramref name="minimum"/> ids.</summary>
    public static IReadOnlyList<Finding> Check(
        IEnumerable<string?> cited,
        IReadOnlySet<string> allowed,
        string where,
        int minimum = 1
    )
    {
        ArgumentNullException.ThrowIfNull(cited);
        ArgumentNullException.ThrowIfNull(allowed);
        var findings = new List<Finding>();
        var ids = cited.ToList();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(id) || !allowed.Contains(id))
            {
                findings.Add(
                    new Finding(Name, $"{where} cites evidence '{id}', which is not one of the evidence items given")
                );
            }
        }
        var valid = ids.Where(i => i is not null && allowed.Contains(i)).Distinct(StringComparer.Ordinal).Count();
        if (valid < minimum)
        {
            findings.Add(
                new Finding(Name, $"{where} cites {valid} of the given evidence items; at least {minimum} needed")
            );
        }
        return findings;
    }
}
