using CxAssistant.Core.Annotations;

namespace CxAssistant.Core.JobStates;

/// <summary>
/// A counted move between states: the event that caused it (the one that enters <see cref="To"/>),
/// how often it happened (<see cref="Records"/>) and by how many distinct customers.
/// From <see cref="JobState.Start"/> is the first step; To <see cref="JobState.Start"/> never occurs.
/// </summary>
public sealed record JobStateTransition(JobState From, JobState To, JobStateEvent Event, int Records, int Customers);
