namespace CxAssistant.Core.Jobs;

/// <summary>
/// The opportunity algorithm (seed 003): opportunity = importance + max(importance − satisfaction, 0), both on 1–10,
/// so scores run 1–19. The seed's example: importance 8, satisfaction 3 → 8 + 5 = 13, and "10 and up is high value".
/// Bands follow Ulwick's ODI convention: above 15 extreme, 12–15 high, 10–12 solid, below 10 appropriately served;
/// whenever satisfaction is above importance the outcome is over-served, whatever the score. Boundaries belong to
/// the higher band (exactly 15 is high, exactly 12 is high, exactly 10 is solid).
/// </summary>
public static class OpportunityScore
{
    public const double Min = 1,
        Max = 10;

    public static double Compute(double importance, double satisfaction)
    {
        if (importance is < Min or > Max || double.IsNaN(importance))
        {
            throw new ArgumentOutOfRangeException(nameof(importance), importance, "importance must be 1–10");
        }
        if (satisfaction is < Min or > Max || double.IsNaN(satisfaction))
        {
            throw new ArgumentOutOfRangeException(nameof(satisfaction), satisfaction, "satisfaction must be 1–10");
        }
        return importance + Math.Max(importance - satisfaction, 0);
    }

    public static OpportunityBand Band(double importance, double satisfaction)
    {
        if (satisfaction > importance)
        {
            return OpportunityBand.OverServed;
        }
        var score = Compute(importance, satisfaction);
        return score > 15 ? OpportunityBand.Extreme
            : score >= 12 ? OpportunityBand.High
            : score >= 10 ? OpportunityBand.Solid
            : OpportunityBand.AppropriatelyServed;
    }

    /// <summary>The band in words, for reports.</summary>
    public static string Describe(OpportunityBand band) =>
        band switch
        {
            OpportunityBand.Extreme => "extreme opportunity",
            OpportunityBand.High => "high opportunity",
            OpportunityBand.Solid => "solid opportunity",
            OpportunityBand.AppropriatelyServed => "appropriately served",
            OpportunityBand.OverServed => "over-served",
            _ => band.ToString(),
        };
}
