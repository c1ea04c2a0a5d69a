namespace CxAssistant.Core.JobStates;

/// <summary>
/// Where a customer is in the job loop (seed 002). Every state except <see cref="Start"/> is entered by one
/// job-state event: no event → <see cref="Trying"/>, information → <see cref="NeedsInformation"/>, service →
/// <see cref="WaitingForService"/>, blocker → <see cref="Blocked"/>, spawn → <see cref="SideJob"/>, cancel →
/// <see cref="Abandoned"/>, done → <see cref="Done"/>. Done and Abandoned end the loop.
/// </summary>
public enum JobState
{
    Start,
    Trying,
    NeedsInformation,
    WaitingForService,
    Blocked,
    SideJob,
    Abandoned,
    Done,
}
