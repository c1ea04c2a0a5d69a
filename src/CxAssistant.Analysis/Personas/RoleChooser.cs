using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Chooses the BTABoK role from the data. Bulk, office or account buying (≥ 30% of the segment, or account notes)
/// → economic buyer: they pay for what others consume. Buying for family or a celebration (≥ 30%) → customer
/// buying for users. Otherwise → customer: they decide and use. Never stakeholder.
/// </summary>
internal static class RoleChooser
{
    public const double MinShare = 0.3;

    public static PersonaRole Choose(SegmentEvidence e, IReadOnlyList<SegmentTrait> traits)
    {
        var n = e.Customers.Count;
        var bulk = Share(e, LifeContexts.Bulk);
        var notes = (double)e.CustomersWith(i => e.Record(i).Channel == Channel.SalesNote) / Math.Max(1, n);
        if (bulk >= MinShare || notes >= MinShare)
        {
            return new PersonaRole(
                PersonaRoleKind.EconomicBuyer,
                $"Orders and pays for a team, an office or a business "
                    + $"({Facts.Percent(Math.Max(bulk, notes))} of the segment buy in bulk or "
                    + $"have account notes); colleagues or their own customers consume it.",
                "colleagues, guests or their own customers"
            );
        }
        var family = Share(e, LifeContexts.ForOthers);
        var celebration = Share(e, LifeContexts.Celebration);
        if (family >= MinShare || celebration >= MinShare)
        {
            return new PersonaRole(
                PersonaRoleKind.Customer,
                $"Decides and pays, but often for someone else "
                    + $"({Facts.Percent(Math.Max(family, celebration))} of the segment "
                    + $"mention family or a celebration): a customer buying for users.",
                family >= celebration ? "their family (children, parents)" : "the people they celebrate"
            );
        }
        _ = traits;
        return new PersonaRole(
            PersonaRoleKind.Customer,
            "Decides what to buy and uses it themselves: the real decision-maker."
        );
    }

    private static double Share(SegmentEvidence e, string contextKey) =>
        (double)e.CustomersWith(i => e.Space.HasContext(i, contextKey)) / Math.Max(1, e.Customers.Count);
}
