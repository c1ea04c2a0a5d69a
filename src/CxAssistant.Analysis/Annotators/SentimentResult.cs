using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Sentiment of one text: <see cref="Score"/> in −1..+1 (text blended with rating/NPS when given), the label,
/// the positive and negative evidence mass the text carried, the supporting cues and a 0–1 confidence.
/// </summary>
public sealed record SentimentResult(
    double Score,
    SentimentLabel Label,
    double TextScore,
    double PositiveMass,
    double NegativeMass,
    IReadOnlyList<Cue> Cues,
    double Confidence
)
{
    /// <summary>
    /// When the label came from meaning (no sentiment words): the prototype sentence the text is closest to.
    /// </summary>
    public string? MeaningCue { get; init; }
}
