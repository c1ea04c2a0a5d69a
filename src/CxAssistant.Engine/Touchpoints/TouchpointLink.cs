namespace CxAssistant.Engine.Touchpoints;

/// <summary>A catalog touchpoint's link to a built-in knowledge type, with the strength of the evidence for it.</summary>
public sealed record TouchpointLink(string TypeId, double Score);
