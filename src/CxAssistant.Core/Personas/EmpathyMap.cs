namespace CxAssistant.Core.Personas;

/// <summary>The XPLANE empathy map (seed 001): what the persona says, thinks, does, feels, sees and hears.</summary>
public sealed record EmpathyMap(
    IReadOnlyList<PersonaItem> Says,
    IReadOnlyList<PersonaItem> Thinks,
    IReadOnlyList<PersonaItem> Does,
    IReadOnlyList<PersonaItem> Feels,
    IReadOnlyList<PersonaItem> Sees,
    IReadOnlyList<PersonaItem> Hears
)
{
    /// <summary>The six quadrants with their names, in the canvas's reading order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<PersonaItem> Items)> Quadrants() =>
        [("Says", Says), ("Thinks", Thinks), ("Does", Does), ("Feels", Feels), ("Sees", Sees), ("Hears", Hears)];
}
