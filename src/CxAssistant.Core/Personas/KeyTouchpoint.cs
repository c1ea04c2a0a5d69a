namespace CxAssistant.Core.Personas;

/// <summary>
/// A touchpoint this segment meets: mentions in its records, distinct customers, and their mean sentiment (−1…+1).
/// </summary>
public sealed record KeyTouchpoint(string TouchpointId, string Name, int Mentions, int Customers, double MeanSentiment);
