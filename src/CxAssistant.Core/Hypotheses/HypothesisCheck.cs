using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// Validates drafted hypotheses against the analysis before anyone sees them: every field present, baselines,
/// pain counts and impact figures equal to what the core computes, quotes and cited figures verbatim, no template
/// debris (<see cref="HypothesisDebris"/>), and per prioritised touchpoint exactly <see cref="PerTouchpoint"/>
/// hypotheses with distinct titles, or fewer with a stated reason.
/// Findings are phrased so they can be sent back to a model for repair.
/// </summary>
public static class HypothesisCheck
{
    public const int PerTouchpoint = 5;
    public const string Completeness = "hypothesis-fields";
    public const string Numbers = "hypothesis-numbers";
    public const string Backlog = "hypothesis-backlog";
    public const string Debris = "hypothesis-debris";

    /// <summary>Tolerance for recomputed figures: baselines are rounded to one decimal.</summary>
    private const double Tolerance = 0.05;

    public static IReadOnlyList<Finding> Check(ImprovementHypothesis hypothesis, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(analysis);
        var findings = new List<Finding>();
        CheckFields(hypothesis, analysis, findings);
        CheckNumbers(hypothesis, analysis, findings);
        findings.AddRange(HypothesisDebris.Find(hypothesis).Select(p => new Finding(Debris, $"{hypothesis.Id}: {p}")));
        var index = GroundingCheck.Index(analysis.Records);
        findings.AddRange(
            GroundingCheck
                .Check(hypothesis.Evidence.Concat(hypothesis.Specifics), index)
                .Select(f => f with { Message = $"{hypothesis.Id}: {f.Message}" })
        );
        return findings;
    }

    /// <summary>
    /// Every hypothesis, plus: five per prioritised touchpoint (fewer only with the group's stated reason), distinct
    /// titles, unique ids.
    /// </summary>
    public static IReadOnlyList<Finding> Check(
        HypothesisBacklog backlog,
        AnalysisResult analysis,
        IEnumerable<string> prioritisedTouchpointIds
    )
    {
        ArgumentNullException.ThrowIfNull(backlog);
        ArgumentNullException.ThrowIfNull(prioritisedTouchpointIds);
        var findings = new List<Finding>();
        foreach (var id in prioritisedTouchpointIds)
        {
            var group = backlog.Touchpoints.FirstOrDefault(t => t.TouchpointId == id);
            var count = group?.Hypotheses.Count ?? 0;
            var explained = count < PerTouchpoint && !string.IsNullOrWhiteSpace(group?.Reason);
            if (count != PerTouchpoint && !explained)
            {
                findings.Add(
                    new(
                        Backlog,
                        $"touchpoint '{id}' has {count} hypotheses; expected {PerTouchpoint}"
                            + (count < PerTouchpoint ? " or a stated reason for fewer" : "")
                    )
                );
            }
        }
        foreach (var group in backlog.Touchpoints)
        {
            foreach (var h in group.Hypotheses.Where(h => h.TouchpointId != group.TouchpointId))
            {
                findings.Add(
                    new(Backlog, $"{h.Id} is listed under '{group.TouchpointId}' but is for '{h.TouchpointId}'")
                );
            }
            foreach (
                var dup in group
                    .Hypotheses.GroupBy(h => h.Title.Trim(), StringComparer.OrdinalIgnoreCase)
                    .Where(g => g.Count() > 1)
            )
            {
                findings.Add(new(Backlog, $"touchpoint '{group.TouchpointId}' repeats the title \"{dup.Key}\""));
            }
        }
        foreach (var dup in backlog.All.GroupBy(h => h.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            findings.Add(new(Backlog, $"hypothesis id '{dup.Key}' is used {dup.Count()} times"));
        }
        foreach (var h in backlog.All)
        {
            findings.AddRange(Check(h, analysis));
        }
        return findings;
    }

    private static void CheckFields(ImprovementHypothesis h, AnalysisResult analysis, List<Finding> findings)
    {
        void Require(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                findings.Add(new(Completeness, $"{h.Id}: '{field}' is empty"));
            }
        }
        Require(h.Id, "id");
        Require(h.Title, "title");
        Require(h.Change, "change");
        Require(h.Resources, "resources");
        Require(h.SuccessMetric.Name, "successMetric.name");
        Require(h.SuccessMetric.Target, "successMetric.target");
        Require(h.SuccessMetric.Method, "successMetric.method");
        Require(h.SuccessMetric.Baseline.HowComputed, "successMetric.baseline.howComputed");
        Require(h.KillCriterion, "killCriterion");
        if (!PainKind.All.Contains(h.Pain, StringComparer.Ordinal))
        {
            findings.Add(
                new(
                    Completeness,
                    $"{h.Id}: pain '{h.Pain}' is not a known pain kind ({string.Join(", ", PainKind.All)})"
                )
            );
        }
        if (h.UnintendedConsequences.Count == 0 || h.UnintendedConsequences.Any(string.IsNullOrWhiteSpace))
        {
            findings.Add(new(Completeness, $"{h.Id}: list at least one unintended consequence, none empty"));
        }
        if (h.Evidence.Count == 0)
        {
            findings.Add(new(Completeness, $"{h.Id}: cite at least one verbatim customer quote"));
        }
        if (h.PainCounts.Count == 0)
        {
            findings.Add(new(Completeness, $"{h.Id}: state the pain counts that motivate it"));
        }
        if (analysis.Catalog.Find(h.TouchpointId) is null)
        {
            findings.Add(new(Completeness, $"{h.Id}: touchpoint '{h.TouchpointId}' is not in the catalog"));
        }
    }

    private static void CheckNumbers(ImprovementHypothesis h, AnalysisResult analysis, List<Finding> findings)
    {
        var claimed = h.SuccessMetric.Baseline;
        var actual = HypothesisBaselines.Compute(analysis, h.TouchpointId, claimed.Kind, claimed.Pain);
        if (actual is null)
        {
            findings.Add(
                new(
                    Numbers,
                    $"{h.Id}: baseline '{claimed.Kind}' cannot be computed from this data for '{h.TouchpointId}'"
                )
            );
        }
        else if (Math.Abs(actual.Value - claimed.Value) > Tolerance || actual.N != claimed.N)
        {
            findings.Add(
                new(
                    Numbers,
                    $"{h.Id}: baseline {Fmt(claimed.Value)} (n={claimed.N}) does not match "
                        + $"the core's {Fmt(actual.Value)} (n={actual.N}) for {claimed.Kind}"
                )
            );
        }

        var pains = HypothesisBaselines
            .PainCounts(analysis, h.TouchpointId)
            .ToDictionary(p => p.Pain, p => p.Count, StringComparer.Ordinal);
        foreach (var p in h.PainCounts)
        {
            if (pains.GetValueOrDefault(p.Pain) != p.Count)
            {
                findings.Add(
                    new(
                        Numbers,
                        $"{h.Id}: pain count {p.Pain} = {p.Count} does not match the core's "
                            + $"{pains.GetValueOrDefault(p.Pain)}"
                    )
                );
            }
        }

        var impact = h.ExpectedImpact;
        var mentions = HypothesisBaselines.CustomerMentions(analysis, h.TouchpointId).Count;
        if (impact.Mentions != mentions || impact.AddressedMentions != pains.GetValueOrDefault(h.Pain))
        {
            findings.Add(
                new(
                    Numbers,
                    $"{h.Id}: impact addresses {impact.AddressedMentions} of "
                        + $"{impact.Mentions} mentions; the core has "
                        + $"{pains.GetValueOrDefault(h.Pain)} of {mentions} for {h.Pain}"
                )
            );
        }
        var npsImpact = analysis.Scoring.Touchpoints.FirstOrDefault(s => s.TouchpointId == h.TouchpointId)?.NpsImpact;
        if (!Same(impact.TouchpointNpsImpact, npsImpact))
        {
            findings.Add(
                new(
                    Numbers,
                    $"{h.Id}: NPS impact {Fmt(impact.TouchpointNpsImpact)} does not match the core's {Fmt(npsImpact)}"
                )
            );
        }
    }

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= Tolerance;

    private static string Fmt(double? v) =>
        v is { } x ? x.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "none";
}
