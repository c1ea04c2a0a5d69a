namespace CxAssistant.Core.Scoring;

/// <summary>A touchpoint where customers decide or drop out, and why the core thinks so.</summary>
public sealed record CriticalMoment(string TouchpointId, string Reason);
