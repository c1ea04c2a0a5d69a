using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// A life situation customers reveal in passing ("on my commute", "for my daughter's birthday", "as a nurse"), found
/// in the data (<see cref="LifeContexts.Mine"/>): what turns a segment into a person. <see cref="Epithet"/> names the
/// persona ("Nurse"), <see cref="Noun"/> ends its tag ("the … nurse"), <see cref="Description"/> goes into the context;
/// <see cref="Pattern"/> finds the customers' own words for it.
/// </summary>
internal sealed record LifeContext(
    string Key,
    LifeContextKind Kind,
    string Epithet,
    string Noun,
    string Description,
    Regex Pattern
)
{
    /// <summary>The first match in a text, or null.</summary>
    public Match? FirstMatch(string text)
    {
        var m = Text.RegexScan.Match(Pattern, text);
        return m.Success ? m : null;
    }
}
