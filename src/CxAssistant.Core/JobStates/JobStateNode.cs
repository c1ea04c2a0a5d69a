namespace CxAssistant.Core.JobStates;

/// <summary>
/// One state of a job machine. <see cref="Customers"/> reached it at least once, <see cref="Visits"/> counts
/// entries (a run of records in the same state is one visit). <see cref="ToBlocked"/>, <see cref="ToAbandoned"/>
/// and <see cref="ToSideJob"/> count customers whose next step from here was that state; rates divide by
/// <see cref="Customers"/>.
/// </summary>
public sealed record JobStateNode(
    JobState State,
    int Customers,
    int Visits,
    int ToBlocked,
    int ToAbandoned,
    int ToSideJob
)
{
    public double BlockedRate => Customers == 0 ? 0 : (double)ToBlocked / Customers;
    public double AbandonedRate => Customers == 0 ? 0 : (double)ToAbandoned / Customers;
    public double SideJobRate => Customers == 0 ? 0 : (double)ToSideJob / Customers;
}
