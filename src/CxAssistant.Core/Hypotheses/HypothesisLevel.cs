namespace CxAssistant.Core.Hypotheses;

/// <summary>Effort or expected impact of an improvement hypothesis, in the three steps a team can plan with.</summary>
public enum HypothesisLevel
{
    Low,
    Medium,
    High,
}
