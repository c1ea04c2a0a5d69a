namespace CxAssistant.Analysis.Touchpoints;

/// <summary>A vocabulary entry: a stem sequence and the targets it counts for.</summary>
internal sealed record TermEntry(string[] Stems, TermTarget[] Targets);
