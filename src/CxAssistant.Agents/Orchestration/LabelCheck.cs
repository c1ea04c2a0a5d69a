using CxAssistant.Agents.Evidence;

namespace CxAssistant.Agents.Orchestration;

/// <summary>
/// One line of the label-support count: a stage, an outcome (supported, repaired, replaced), the reason and how many
/// labels.
/// </summary>
public sealed record LabelCheck(string Stage, string Outcome, string Reason, int Count)
{
    /// <summary>Counts decisions by outcome and reason, supported first.</summary>
    public static IReadOnlyList<LabelCheck> Tally(string stage, IEnumerable<LabelDecision> decisions) =>
        [
            .. decisions
                .GroupBy(d => (d.Outcome, d.Reason))
                .Select(g => new LabelCheck(stage, g.Key.Outcome, g.Key.Reason, g.Count()))
                .OrderBy(c =>
                    c.Outcome switch
                    {
                        LabelSupport.Supported => 0,
                        LabelSupport.Repaired => 1,
                        _ => 2,
                    }
                )
                .ThenByDescending(c => c.Count),
        ];

    /// <summary>"annotate: 27 model labels replaced (the quote does not show the label)".</summary>
    public override string ToString() => $"{Stage}: {Count} model label(s) {Outcome} ({Reason})";
}
