namespace CxAssistant.Core.Personas;

/// <summary>
/// The persona's BTABoK role and why it was chosen. <see cref="BuysFor"/> names the users when the customer
/// buys for someone else ("their children"), so a card can say "customer buying for a user".
/// </summary>
public sealed record PersonaRole(PersonaRoleKind Kind, string Rationale, string? BuysFor = null)
{
    /// <summary>Roles a persona drafted from customer evidence may take.</summary>
    public static readonly IReadOnlyList<PersonaRoleKind> Allowed =
    [
        PersonaRoleKind.Customer,
        PersonaRoleKind.User,
        PersonaRoleKind.EconomicBuyer,
    ];

    /// <summary>"customer", "user", "economic buyer"…</summary>
    public static string Label(PersonaRoleKind kind) =>
        kind switch
        {
            PersonaRoleKind.EconomicBuyer => "economic buyer",
            _ => kind.ToString().ToLowerInvariant(),
        };
}
