using CxAssistant.Core.Annotations;

namespace CxAssistant.Core.JobStates;

/// <summary>Maps job-state events to the states they enter, and states to their display names.</summary>
public static class JobStateNames
{
    public static JobState Enters(JobStateEvent jobEvent) =>
        jobEvent switch
        {
            JobStateEvent.Information => JobState.NeedsInformation,
            JobStateEvent.Service => JobState.WaitingForService,
            JobStateEvent.Blocker => JobState.Blocked,
            JobStateEvent.Spawn => JobState.SideJob,
            JobStateEvent.Cancel => JobState.Abandoned,
            JobStateEvent.Done => JobState.Done,
            _ => JobState.Trying,
        };

    /// <summary>The event that leads into a state (None for Trying and Start).</summary>
    public static JobStateEvent EventInto(JobState state) =>
        state switch
        {
            JobState.NeedsInformation => JobStateEvent.Information,
            JobState.WaitingForService => JobStateEvent.Service,
            JobState.Blocked => JobStateEvent.Blocker,
            JobState.SideJob => JobStateEvent.Spawn,
            JobState.Abandoned => JobStateEvent.Cancel,
            JobState.Done => JobStateEvent.Done,
            _ => JobStateEvent.None,
        };

    public static bool IsEnd(JobState state) => state is JobState.Done or JobState.Abandoned;

    public static string Title(JobState state) =>
        state switch
        {
            JobState.Start => "Start",
            JobState.Trying => "Trying",
            JobState.NeedsInformation => "Needs information",
            JobState.WaitingForService => "Waiting for service",
            JobState.Blocked => "Blocked",
            JobState.SideJob => "Side job",
            JobState.Abandoned => "Abandoned",
            JobState.Done => "Done",
            _ => state.ToString(),
        };

    /// <summary>Lower-case event word used in transition labels ("blocker", "none").</summary>
    public static string EventWord(JobStateEvent jobEvent) => jobEvent.ToString().ToLowerInvariant();
}
