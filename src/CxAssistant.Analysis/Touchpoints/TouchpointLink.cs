namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// A catalog touchpoint's link to a built-in knowledge type, with the strength of the evidence for it and whether
/// the touchpoint's name itself names the type (then the type is what the touchpoint is; otherwise part of it).
/// </summary>
public sealed record TouchpointLink(string TypeId, double Score, bool ByName = false);
