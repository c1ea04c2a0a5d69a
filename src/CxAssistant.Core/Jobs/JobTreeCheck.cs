using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// Checks a job tree's shape: ids unique, parents exist, altitude falls one level per edge (functional under main,
/// main under aspirational, aspirational at the root), functional jobs name a job-map step, and no cycles.
/// </summary>
public static class JobTreeCheck
{
    public const string Name = "job-tree";

    public static IReadOnlyList<Finding> Check(IReadOnlyList<JobStatement> statements)
    {
        var findings = new List<Finding>();
        var byId = new Dictionary<string, JobStatement>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            if (!byId.TryAdd(s.Id, s))
            {
                findings.Add(new Finding(Name, $"job id '{s.Id}' is used more than once"));
            }
        }
        foreach (var s in statements)
        {
            if (s.Altitude == JobAltitude.Functional && s.Step is null)
            {
                findings.Add(new Finding(Name, $"functional job '{s.Text}' needs a job-map step"));
            }
            if (s.ParentId is null)
            {
                if (s.Altitude == JobAltitude.Functional)
                {
                    findings.Add(new Finding(Name, $"functional job '{s.Text}' has no parent main job"));
                }
                continue;
            }
            if (!byId.TryGetValue(s.ParentId, out var parent))
            {
                findings.Add(new Finding(Name, $"job '{s.Text}' names parent '{s.ParentId}', which does not exist"));
                continue;
            }
            if (s.Altitude == JobAltitude.Aspirational || (int)parent.Altitude != (int)s.Altitude - 1)
            {
                findings.Add(
                    new Finding(
                        Name,
                        $"{s.Altitude.ToString().ToLowerInvariant()} job '{s.Text}' cannot sit "
                            + $"under {parent.Altitude.ToString().ToLowerInvariant()} job "
                            + $"'{parent.Text}'"
                    )
                );
            }
        }
        foreach (var s in statements)
        {
            if (HasCycle(s, byId))
            {
                findings.Add(new Finding(Name, $"job '{s.Text}' is its own ancestor"));
            }
        }
        return findings;
    }

    private static bool HasCycle(JobStatement start, Dictionary<string, JobStatement> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var current = start;
        while (current.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent))
        {
            if (!seen.Add(parent.Id))
            {
                return parent.Id == start.Id; // a cycle above start reports on its own members
            }
            current = parent;
        }
        return false;
    }
}
