namespace CxAssistant.Analysis.Hypotheses;

/// <summary>How many hypotheses to draft and from which catalogue.</summary>
public sealed record HypothesisOptions
{
    public static HypothesisOptions Default { get; } = new();

    /// <summary>Hypotheses per prioritised touchpoint (seed 004 step 6 asks for five).</summary>
    public int PerTouchpoint { get; init; } = 5;

    /// <summary>
    /// Prioritised touchpoints to cover when the caller does not pass them ("improve three this quarter").
    /// </summary>
    public int Touchpoints { get; init; } = 3;
    public RemedyCatalogue? Catalogue { get; init; }
}
