namespace CxAssistant.Agents.Evidence;

/// <summary>
/// What happened to one model label: <c>supported</c> (with the test that passed), <c>repaired</c> or <c>replaced</c>,
/// and why.
/// </summary>
public sealed record LabelDecision(string Label, string Outcome, string Reason);
