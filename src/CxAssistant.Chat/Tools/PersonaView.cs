namespace CxAssistant.Chat.Tools;

/// <summary>
/// A persona card in short: who, how many customers stand behind it, jobs, pains, gains, key touchpoints and quotes.
/// </summary>
public sealed record PersonaView(
    string Id,
    string Name,
    string Role,
    int Customers,
    int TotalCustomers,
    double SharePercent,
    bool EvidenceBased,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<string> Pains,
    IReadOnlyList<string> Gains,
    IReadOnlyList<string> KeyTouchpoints,
    IReadOnlyList<int> Quotes
);
