namespace CxAssistant.Core.Annotations;

/// <summary>
/// A touchpoint an evidence item concerns, how sure the annotator is (0–1), and the words that show it.
/// </summary>
public sealed record TouchpointMention(string TouchpointId, double Confidence, int Start, int End);
