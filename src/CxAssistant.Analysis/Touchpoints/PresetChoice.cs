namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The preset that best fits a data set, why, and each preset's coverage (share of texts it attributes, 0–1).
/// </summary>
public sealed record PresetChoice(string Name, string Reason, IReadOnlyDictionary<string, double> Coverage);
