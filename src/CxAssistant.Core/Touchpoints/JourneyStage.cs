namespace CxAssistant.Core.Touchpoints;

/// <summary>Journey stages in the order customers usually meet them (seed 004).</summary>
public enum JourneyStage
{
    Awareness,
    Consideration,
    Purchase,
    Delivery,
    Onboarding,
    Usage,
    Support,
    Loyalty,
}
