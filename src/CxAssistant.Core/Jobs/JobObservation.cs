using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// A barrier or compensating behaviour seen in the evidence: a short summary in plain words, how many customers
/// show it, and the verbatim quotes behind it.
/// </summary>
public sealed record JobObservation(string Summary, int Customers, IReadOnlyList<EvidenceQuote> Quotes);
