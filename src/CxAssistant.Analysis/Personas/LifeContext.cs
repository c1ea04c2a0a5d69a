using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// A life situation customers reveal in passing ("missed my train", "for my daughter's birthday", "for a trip
/// to the coast"): what turns a segment into a person. <see cref="Epithet"/> names the persona ("Commuter"),
/// <see cref="Noun"/> ends its tag ("the … commuter"), <see cref="Description"/> goes into the context.
/// </summary>
internal sealed record LifeContext(string Key, string Epithet, string Noun, string Description, Regex Pattern)
{
    /// <summary>The first match in a text, or null.</summary>
    public Match? FirstMatch(string text)
    {
        var m = Text.RegexScan.Match(Pattern, text);
        return m.Success ? m : null;
    }
}
