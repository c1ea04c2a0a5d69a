namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A word or phrase customers use about a touchpoint type, with how strongly it signals that type (0–3).
/// </summary>
public readonly record struct WeightedTerm(string Text, double Weight);
