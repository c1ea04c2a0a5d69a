namespace CxAssistant.Core.JobStates;

/// <summary>
/// One customer's records (indices into the evidence) in time order; <see cref="Dated"/> when keyed by a customer id
/// with timestamps.
/// </summary>
internal sealed record CustomerTimeline(string Key, IReadOnlyList<int> Records, bool Dated);
