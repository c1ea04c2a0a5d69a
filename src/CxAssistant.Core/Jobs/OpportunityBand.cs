namespace CxAssistant.Core.Jobs;

/// <summary>
/// Where an opportunity score falls (standard ODI bands, see <see cref="OpportunityScore"/>):
/// over-served when satisfaction exceeds importance, else by score.
/// </summary>
public enum OpportunityBand
{
    /// <summary>
    /// Satisfaction above importance: customers get more than they value (a place to simplify or cut cost).
    /// </summary>
    OverServed,

    /// <summary>Score below 10: served well enough; not worth pursuing now.</summary>
    AppropriatelyServed,

    /// <summary>10 to 12: a solid opportunity (the seed's "10 and up is high value").</summary>
    Solid,

    /// <summary>12 to 15: high opportunity.</summary>
    High,

    /// <summary>Above 15: extreme opportunity.</summary>
    Extreme,
}
