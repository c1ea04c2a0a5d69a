namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A kind of business a built-in preset is written for (<c>Resources/Touchpoints/kinds.yaml</c>): how its customers
/// typically write (examples, for choosing the preset by meaning), who they are when the data does not say
/// (performer), a clarifier for jobs whose customers name no circumstance, and the aspirations such customers pursue
/// (as verb, object, clarifier). <see cref="Preset"/> is "none" for feedback that is not about a business.
/// </summary>
public sealed record BusinessKind(
    string Preset,
    string Description,
    IReadOnlyList<string> Examples,
    string Performer,
    string Context,
    IReadOnlyList<(string Verb, string Object, string Clarifier)> Aspirations
)
{
    /// <summary>The kind for feedback that is about no business in particular.</summary>
    public const string None = "none";

    public bool IsNone => Preset == None;
}
