namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// What a hypothesis could move: the level, the customer mentions it addresses (pain count of the touchpoint's
/// mentions) and the touchpoint's NPS impact from the scoring core (null without NPS data).
/// </summary>
public sealed record ExpectedImpact(
    HypothesisLevel Level,
    int AddressedMentions,
    int Mentions,
    double? TouchpointNpsImpact
)
{
    /// <summary>Share of the touchpoint's mentions this hypothesis addresses (0–1).</summary>
    public double Share => Mentions == 0 ? 0 : (double)AddressedMentions / Mentions;
}
