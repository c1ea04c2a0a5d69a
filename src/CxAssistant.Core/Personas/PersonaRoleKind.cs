namespace CxAssistant.Core.Personas;

/// <summary>
/// The BTABoK roles (seed 001, "Know who your real customer is"). A persona built from customer evidence is a
/// <see cref="Customer"/>, <see cref="User"/> or <see cref="EconomicBuyer"/>; <see cref="Client"/> (the architect's
/// employer) and <see cref="Stakeholder"/> exist for completeness and are rejected by <see cref="PersonaCheck"/>:
/// "customers should never be called stakeholders".
/// </summary>
public enum PersonaRoleKind
{
    /// <summary>
    /// Decides to purchase, use, provide use of, or direct the use of the product: the real decision-maker.
    /// </summary>
    Customer,

    /// <summary>Engages with the product directly while someone else decides or pays.</summary>
    User,

    /// <summary>
    /// Pays for the product or job (a purchasing department, an office manager ordering for colleagues).
    /// </summary>
    EconomicBuyer,
    Client,
    Stakeholder,
}
