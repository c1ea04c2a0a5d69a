using CxAssistant.Core.Scoring;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// One of the four scores as the core computed it: value, 95% band, evidence count and level in words.
/// </summary>
public sealed record DimensionView(double Value, double Low, double High, int EvidenceCount, string Level)
{
    /// <summary>Copies a core dimension score.</summary>
    public static DimensionView From(DimensionScore score) =>
        new(score.Value, score.Low, score.High, score.EvidenceCount, score.Level);
}
