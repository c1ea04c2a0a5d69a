namespace CxAssistant.Core.JobStates;

/// <summary>
/// The job loop of one main job as a finite state machine (seed 002), counted from evidence.
/// <see cref="FromTimelines"/> is true when at least one customer has two or more dated records, so some
/// transitions follow real customer timelines; otherwise every record is a single step from Start.
/// <see cref="Customers"/> counts customers (records without a customer id count one each).
/// </summary>
public sealed record JobStateMachine(
    string Key,
    string Title,
    IReadOnlyList<JobStateNode> States,
    IReadOnlyList<JobStateTransition> Transitions,
    IReadOnlyList<JobStateNeed> Needs,
    bool FromTimelines
)
{
    public int Customers { get; init; }
    public int Records { get; init; }

    /// <summary>Customers whose timeline has two or more steps.</summary>
    public int TimelineCustomers { get; init; }
}
