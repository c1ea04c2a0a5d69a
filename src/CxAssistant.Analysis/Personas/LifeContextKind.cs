namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The kinds of life situation customers reveal in passing. Each kind is a pattern of words around a slot
/// (<see cref="LifeContextPatterns"/>); what fills the slot comes from the data.
/// </summary>
internal enum LifeContextKind
{
    /// <summary>Who they are: "as a nurse", "I'm a student".</summary>
    Role,

    /// <summary>Who they come with or buy for: "with my kids", "for my wife".</summary>
    Companion,

    /// <summary>What they are marking: "for my wedding", "celebrating our anniversary", "as a gift".</summary>
    Occasion,

    /// <summary>Where they are in their day: "on my commute", "during my lunch break", "working from home".</summary>
    Circumstance,

    /// <summary>Buying for an organisation or a group: "catering for 40 people", "for our office".</summary>
    Group,
}
