using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>Persona cards, largest segment first.</summary>
public sealed record PersonasResult(
    IReadOnlyList<PersonaView> Personas,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations
);
