using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Parses journey stage names, accepting the synonyms DESIGN.md uses (decision = purchase, advocacy = loyalty).
/// </summary>
internal static class StageNames
{
    public const string Allowed =
        "awareness, consideration, purchase (or decision), delivery, onboarding, usage, support, loyalty (or advocacy)";

    public static bool TryParse(string? value, out JourneyStage stage)
    {
        stage = JourneyStage.Usage;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "awareness":
                stage = JourneyStage.Awareness;
                return true;
            case "consideration":
                stage = JourneyStage.Consideration;
                return true;
            case "purchase" or "decision":
                stage = JourneyStage.Purchase;
                return true;
            case "delivery":
                stage = JourneyStage.Delivery;
                return true;
            case "onboarding":
                stage = JourneyStage.Onboarding;
                return true;
            case "usage" or "use":
                stage = JourneyStage.Usage;
                return true;
            case "support" or "service":
                stage = JourneyStage.Support;
                return true;
            case "loyalty" or "advocacy" or "retention":
                stage = JourneyStage.Loyalty;
                return true;
            default:
                return false;
        }
    }
}
