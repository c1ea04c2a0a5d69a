using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>
/// A travel operator's disrupted departures, bags and boarding get remedies written for travel, not a parcel shop's
/// tracking advice or the general remedies alone; a confirmation is what the kind calls it.
/// </summary>
public sealed class TravelRemedyTests
{
    private static IReadOnlyList<TouchpointHypotheses> Draft(
        params (string Text, string Touchpoint, string Pain)[] rows
    )
    {
        var analysis = HypothesisAnalysisFixture.Build(
            [
                .. rows.SelectMany(r =>
                    Enumerable
                        .Range(0, 6)
                        .Select(i => ($"{r.Text} ({i})", r.Touchpoint, (string[])[r.Pain], (int?)null))
                ),
            ],
            Presets.Get("travel")
        );
        return HypothesisDrafter.Draft(analysis).Touchpoints;
    }

    [Fact]
    public void TouchpointKinds_TravelPreset_HasItsJourneyTypes_SoftwareOnboardingIsNotOnBoard()
    {
        var travel = TouchpointKinds.OfBusiness(Presets.Get("travel"));

        Assert.Superset(new HashSet<string> { "disruption", "baggage", "boarding", "onboard" }, travel.ToHashSet());
        Assert.DoesNotContain("onboard", TouchpointKinds.OfBusiness(Presets.Get("saas")));
        Assert.DoesNotContain("disruption", TouchpointKinds.OfBusiness(Presets.Get("ecommerce")));
        // A venue's floor is where a gym's crowding and broken machines are fixed, not its customer service.
        Assert.Contains("premises", TouchpointKinds.OfBusiness(Presets.Get("local-services")));
    }

    [Fact]
    public void Draft_DelayedFlights_GetTravelRemedies_NotAParcelShopsTracking()
    {
        var groups = Draft(
            (
                "The flight was delayed 5 hours, nobody told us anything and there were no vouchers for food.",
                "flight-delays-and-cancellations",
                PainKind.LongWait
            ),
            (
                "I was on hold for 2 hours trying to reach an agent about my refund.",
                "customer-service",
                PainKind.LongWait
            )
        );

        var delays = Assert.Single(groups, g => g.TouchpointId == "flight-delays-and-cancellations");
        var specific = delays.Hypotheses.Where(h =>
            h.RemedyId is { } id && id.StartsWith("travel-", StringComparison.Ordinal)
        );
        Assert.True(specific.Count() >= 3, string.Join(" | ", delays.Hypotheses.Select(h => h.RemedyId)));
        var all = groups.SelectMany(g => g.Hypotheses).ToList();
        Assert.DoesNotContain(all, h => h.RemedyId == "proactive-delay-notice");
        Assert.DoesNotContain(all, h => h.Change.Contains("tracking", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Draft_LostBags_GetBaggageRemedies()
    {
        var groups = Draft(
            ("They lost my bag and I had no news for a week, I called five times.", "baggage", PainKind.NoUpdate)
        );

        var bags = Assert.Single(groups, g => g.TouchpointId == "baggage");
        Assert.Contains(bags.Hypotheses, h => h.RemedyId == "travel-bag-status");
    }
}
