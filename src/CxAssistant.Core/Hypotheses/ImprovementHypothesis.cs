using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// One improvement hypothesis for a prioritised touchpoint (seed 004 step 6): what exactly would change, what it
/// takes, how success is measured against a baseline from this data, what could go wrong, when to stop, and the
/// customers' words that motivate it. <see cref="Evidence"/> holds verbatim quotes (first = the supporting quote);
/// <see cref="Specifics"/> holds the figures and names the text cites ("$8 restocking fee", "FastShip"), each a
/// verbatim span so they are grounded like quotes.
/// </summary>
public sealed record ImprovementHypothesis
{
    public required string Id { get; init; }
    public required string TouchpointId { get; init; }
    public required string Title { get; init; }

    /// <summary>The pain kind this hypothesis addresses (<see cref="Annotations.PainKind"/>).</summary>
    public required string Pain { get; init; }
    public required string Change { get; init; }
    public required string Resources { get; init; }
    public required SuccessMetric SuccessMetric { get; init; }
    public required IReadOnlyList<string> UnintendedConsequences { get; init; }
    public required HypothesisLevel Effort { get; init; }
    public required ExpectedImpact ExpectedImpact { get; init; }
    public required string KillCriterion { get; init; }
    public required IReadOnlyList<EvidenceQuote> Evidence { get; init; }
    public IReadOnlyList<EvidenceQuote> Specifics { get; init; } = [];
    public required IReadOnlyList<PainCount> PainCounts { get; init; }

    /// <summary>The catalogue remedy (or prompt) it was drafted from, for traceability.</summary>
    public string? RemedyId { get; init; }
    public required Provenance Provenance { get; init; }

    /// <summary>Quick win: see <see cref="IsQuickWin"/>.</summary>
    public bool QuickWin => IsQuickWin(Effort, ExpectedImpact.Level, Pain);

    /// <summary>
    /// Low effort, against a pain a small team can fix within a quarter, that addresses enough of the touchpoint's
    /// mentions to show (impact medium or high): a cheap change for two complaints in a hundred is not a win to lead
    /// with.
    /// </summary>
    public static bool IsQuickWin(HypothesisLevel effort, HypothesisLevel impact, string pain) =>
        effort == HypothesisLevel.Low && impact != HypothesisLevel.Low && Annotations.PainKind.IsEasyToFix(pain);
}
