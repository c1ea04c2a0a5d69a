namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// What kind of business the feedback is about: the preset chosen, its share of the meaning-weighted votes, the
/// runner-up and its share, the confidence, and the customers' sentences that read most clearly as the chosen kind.
/// <see cref="Preset"/> is always a real preset (the nearest one); when <see cref="Confidence"/> is
/// <see cref="KindConfidence.NoneFits"/> no preset is used, when <see cref="KindConfidence.Low"/> the reader is
/// told so and asked for a catalog.
/// </summary>
public sealed record KindChoice(
    string Preset,
    double Share,
    string RunnerUp,
    double RunnerUpShare,
    KindConfidence Confidence,
    IReadOnlyList<string> Evidence,
    int Sentences
)
{
    /// <summary>How many of the <see cref="Sentences"/> could be about any business and so cast no vote.</summary>
    public int AnyBusiness { get; init; }

    public bool Fits => Confidence is KindConfidence.High or KindConfidence.Moderate;

    /// <summary>One line for the console and the report header.</summary>
    public string Reason =>
        Confidence switch
        {
            KindConfidence.NoneFits => $"most of the {Sentences} sentences read are about no kind of business "
                + $"the presets know (nearest: '{Preset}' {Pct(Share)} of the votes); "
                + $"discovered touchpoints only — give a catalog of your touchpoints to "
                + $"name them",
            KindConfidence.Low => $"'{Preset}' leads with only {Pct(Share)} of the votes over {Sentences} "
                + $"sentences (next: '{RunnerUp}' {Pct(RunnerUpShare)}), low confidence; "
                + $"give a catalog of your touchpoints or choose a preset if it is wrong",
            _ => $"the feedback reads as {Describe(Preset)}: {Pct(Share)} of the votes from {Sentences} sentences"
                + (AnyBusiness > 0 ? $" ({AnyBusiness} of them could be about any business and cast none)" : "")
                + $", {Confidence.ToString().ToLowerInvariant()} confidence; next: '{RunnerUp}' {Pct(RunnerUpShare)}",
        };

    private static string Pct(double share) =>
        (share * 100).ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string Describe(string preset) =>
        BusinessKinds.For(preset).Description.TrimEnd('.') is { Length: > 0 } d
            ? $"'{preset}', {char.ToLowerInvariant(d[0])}{d[1..]}"
            : $"'{preset}'";
}
