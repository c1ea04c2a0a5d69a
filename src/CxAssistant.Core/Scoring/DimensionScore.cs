namespace CxAssistant.Core.Scoring;

/// <summary>
/// One of the four seed-004 dimensions for a touchpoint: the value on the dimension's own scale,
/// a confidence band [Low, High] from the evidence behind it, the evidence count and a plain-language level
/// ("highly negative" … "highly positive").
/// </summary>
public sealed record DimensionScore(double Value, double Low, double High, int EvidenceCount, string Level);
