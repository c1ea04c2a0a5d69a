using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// Checks desired outcomes: importance and satisfaction on 1–10, a claimed opportunity (when a draft states one)
/// equal to the formula, a known job, and a measured outcome backed by at least one answer.
/// </summary>
public static class OpportunityCheck
{
    public const string Name = "opportunity";
    private const double Tolerance = 0.05;

    public static IReadOnlyList<Finding> Check(IEnumerable<DesiredOutcome> outcomes, IEnumerable<string>? jobIds = null)
    {
        var findings = new List<Finding>();
        var jobs = jobIds?.ToHashSet(StringComparer.Ordinal);
        foreach (var o in outcomes)
        {
            var ranged = true;
            foreach (var (label, value) in new[] { ("importance", o.Importance), ("satisfaction", o.Satisfaction) })
            {
                if (double.IsNaN(value) || value < OpportunityScore.Min || value > OpportunityScore.Max)
                {
                    findings.Add(new Finding(Name, $"outcome '{o.Statement}': {label} {value} is outside 1–10"));
                    ranged = false;
                }
            }
            if (jobs is not null && !jobs.Contains(o.JobId))
            {
                findings.Add(
                    new Finding(Name, $"outcome '{o.Statement}' belongs to job '{o.JobId}', which does not exist")
                );
            }
            if (o.Source == OutcomeSource.Measured && o.Responses < 1)
            {
                findings.Add(new Finding(Name, $"measured outcome '{o.Statement}' has no survey answers behind it"));
            }
            if (ranged && o.Opportunity < 1)
            {
                findings.Add(new Finding(Name, $"outcome '{o.Statement}' has an impossible opportunity score"));
            }
        }
        return findings;
    }

    /// <summary>
    /// Checks a number a draft states against the formula (seed 003: importance + max(importance − satisfaction, 0)).
    /// </summary>
    public static IReadOnlyList<Finding> CheckClaim(double importance, double satisfaction, double claimedOpportunity)
    {
        var expected = OpportunityScore.Compute(importance, satisfaction);
        return Math.Abs(expected - claimedOpportunity) <= Tolerance
            ? []
            :
            [
                new Finding(
                    Name,
                    $"opportunity for importance {importance} and satisfaction "
                        + $"{satisfaction} is {expected:0.0#}, not {claimedOpportunity:0.0#}"
                ),
            ];
    }
}
