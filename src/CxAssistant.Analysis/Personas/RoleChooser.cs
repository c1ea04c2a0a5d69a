using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Chooses the BTABoK role from the data. Group buying (≥ 30% of the segment, or account notes) → economic buyer: they
/// pay for what others consume. Coming with or buying for a companion, or for an occasion (≥ 30%; both found in the
/// data, <see cref="LifeContexts"/>) → customer buying for users. Otherwise → customer: they decide and use. Never stakeholder.
/// </summary>
internal static class RoleChooser
{
    public const double MinShare = 0.3;

    public static PersonaRole Choose(SegmentEvidence e, IReadOnlyList<SegmentTrait> traits)
    {
        var n = e.Customers.Count;
        var bulk = Share(e, LifeContextKind.Group);
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
        var family = Share(e, LifeContextKind.Companion);
        var celebration = Share(e, LifeContextKind.Occasion);
        if (family >= MinShare || celebration >= MinShare)
        {
            return new PersonaRole(
                PersonaRoleKind.Customer,
                $"Decides and pays, but often for someone else "
                    + $"({Facts.Percent(Math.Max(family, celebration))} of the segment "
                    + $"mention family or a celebration): a customer buying for users.",
                family >= celebration ? BuysFor(e) : "the people they celebrate"
            );
        }
        _ = traits;
        return new PersonaRole(
            PersonaRoleKind.Customer,
            "Decides what to buy and uses it themselves: the real decision-maker."
        );
    }

    private static double Share(SegmentEvidence e, LifeContextKind kind) =>
        (double)e.CustomersWith(i => e.Space.Contexts.HasKind(i, kind)) / Math.Max(1, e.Customers.Count);

    /// <summary>Who they buy for, in the segment's own words: its commonest companions ("their kid, wife").</summary>
    private static string BuysFor(SegmentEvidence e)
    {
        var companions = e
            .Space.Contexts.All.Where(c => c.Kind == LifeContextKind.Companion)
            .Select(c => (c, n: e.CustomersWith(i => e.Space.HasContext(i, c.Key))))
            .Where(p => p.n > 0)
            .OrderByDescending(p => p.n)
            .ThenBy(p => p.c.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(p => p.c.Key[(p.c.Key.IndexOf(':', StringComparison.Ordinal) + 1)..])
            .ToList();
        return companions.Count == 0 ? "the people they come with" : "their " + string.Join(", ", companions);
    }
}
