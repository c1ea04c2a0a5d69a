using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// How much a journey stage matters to revenue on its own (0…1). Purchase is where money changes hands;
/// delivery and support decide whether it stays; awareness touchpoints rarely lose a paying customer.
/// </summary>
public static class StageCriticality
{
    /// <summary>Weight for touchpoints not in the catalog (stage unknown).</summary>
    public const double Unknown = 0.5;

    public static double Of(JourneyStage? stage) =>
        stage switch
        {
            JourneyStage.Purchase => 1.0,
            JourneyStage.Delivery => 0.9,
            JourneyStage.Support => 0.8,
            JourneyStage.Onboarding => 0.7,
            JourneyStage.Usage => 0.6,
            JourneyStage.Consideration => 0.5,
            JourneyStage.Loyalty => 0.5,
            JourneyStage.Awareness => 0.3,
            _ => Unknown,
        };
}
