namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// How many customer mentions of a touchpoint carry a pain kind: the evidence that motivates a hypothesis.
/// </summary>
public sealed record PainCount(string Pain, int Count);
