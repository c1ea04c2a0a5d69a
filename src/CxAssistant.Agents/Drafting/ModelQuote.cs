namespace CxAssistant.Agents.Drafting;

/// <summary>
/// A quote as a model gives it: the evidence id and the words; offsets are computed by <c>QuoteLocator</c>.
/// </summary>
public sealed record ModelQuote(string EvidenceId, string Text);
