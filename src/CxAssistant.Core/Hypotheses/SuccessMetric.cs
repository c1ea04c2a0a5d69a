namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// How a hypothesis is judged: the metric's name, its baseline from this data, the target and how to measure it.
/// </summary>
public sealed record SuccessMetric(string Name, HypothesisBaseline Baseline, string Target, string Method);
