using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.JobStates;

/// <summary>
/// What customers needed at a state, per touchpoint: the records that put them there, the pains named in
/// them (most frequent first) and up to <see cref="JobStateOptions.QuotesPerNeed"/> verbatim quotes, best first.
/// <see cref="TouchpointId"/> is null for records
/// that name no touchpoint.
/// </summary>
public sealed record JobStateNeed(
    JobState State,
    string? TouchpointId,
    int Records,
    int Customers,
    IReadOnlyList<string> Pains,
    IReadOnlyList<EvidenceQuote> Quotes
);
