using CxAssistant.Core.Annotations;
using CxAssistant.Core.JobStates;

namespace CxAssistant.Core.Tests.JobStates;

public sealed class JobStateMachineBuilderTests
{
    // Hand-made timelines (docs/job-states.md, worked example):
    //   A (days 0,1,2): delivery none → delivery blocker → delivery done     Start→Trying→Blocked→Done
    //   A's agent turn (day 1, service) is business-side and ignored
    //   B (days 0,3):   delivery information → delivery cancel                 Start→NeedsInformation→Abandoned
    //   C (days 0,1):   checkout none → checkout none (one visit)              Start→Trying
    //   anonymous:      delivery blocker                                       Start→Blocked
    private static Sample Fixture() =>
        new Sample()
            .Add(["delivery"], customer: "A", day: 0)
            .Add(["delivery"], customer: "A", day: 1, job: JobStateEvent.Blocker, pains: ["long-wait"])
            .Add(["delivery"], customer: "A", day: 1, job: JobStateEvent.Service, speaker: "agent")
            .Add(["delivery"], customer: "A", day: 2, job: JobStateEvent.Done)
            .Add(["delivery"], customer: "B", day: 0, job: JobStateEvent.Information)
            .Add(["delivery"], customer: "B", day: 3, job: JobStateEvent.Cancel)
            .Add(["checkout"], customer: "C", day: 0)
            .Add(["checkout"], customer: "C", day: 1)
            .Add(["delivery"], job: JobStateEvent.Blocker, pains: ["long-wait", "no-update"]);

    private static IReadOnlyList<JobStateMachine> Build(Sample s, JobStateOptions? options = null) =>
        JobStateMachineBuilder.Build(
            s.Records,
            s.Annotations,
            Sample.Catalog,
            options ?? new JobStateOptions { MinCustomers = 1 }
        );

    [Fact]
    public void Build_HandTimelines_CountsTransitionsByRecordsAndCustomers()
    {
        var all = Build(Fixture())[0];

        Assert.Equal(JobStateMachineBuilder.OverallKey, all.Key);
        Assert.True(all.FromTimelines);
        Assert.Equal(4, all.Customers); // A, B, C, anonymous
        Assert.Equal(8, all.Records); // 9 records − 1 agent turn
        Assert.Equal(3, all.TimelineCustomers); // A, B, C have ≥ 2 dated records
        Assert.Equal(
            [
                (JobState.Start, JobState.Trying, 2, 2),
                (JobState.Start, JobState.NeedsInformation, 1, 1),
                (JobState.Start, JobState.Blocked, 1, 1),
                (JobState.Trying, JobState.Blocked, 1, 1),
                (JobState.NeedsInformation, JobState.Abandoned, 1, 1),
                (JobState.Blocked, JobState.Done, 1, 1),
            ],
            all.Transitions.Select(t => (t.From, t.To, t.Records, t.Customers))
        );
        Assert.Equal(
            JobStateEvent.Blocker,
            all.Transitions.Single(t => t.To == JobState.Blocked && t.From == JobState.Trying).Event
        );
    }

    [Fact]
    public void Build_HandTimelines_StateTableHasReachAndRates()
    {
        var states = Build(Fixture())[0].States.ToDictionary(s => s.State);

        // Start: 4 customers, 1 (anonymous) goes straight to Blocked → 1/4 = 25%.
        Assert.Equal(
            (4, 4, 1),
            (states[JobState.Start].Customers, states[JobState.Start].Visits, states[JobState.Start].ToBlocked)
        );
        Assert.Equal(0.25, states[JobState.Start].BlockedRate, 6);
        // Trying: A and C (C's two records are one visit) → 2 visits; A then blocked → 1/2.
        Assert.Equal(
            (2, 2, 1),
            (states[JobState.Trying].Customers, states[JobState.Trying].Visits, states[JobState.Trying].ToBlocked)
        );
        Assert.Equal(0.5, states[JobState.Trying].BlockedRate, 6);
        // Needs information: B only, then abandoned → 1/1.
        Assert.Equal(1.0, states[JobState.NeedsInformation].AbandonedRate, 6);
        Assert.Equal(2, states[JobState.Blocked].Customers);
        Assert.DoesNotContain(JobState.WaitingForService, states.Keys); // only the agent said "service"
        Assert.DoesNotContain(JobState.SideJob, states.Keys);
    }

    [Fact]
    public void Build_HandTimelines_NeedsCountTouchpointsAndPains()
    {
        var blocked = Build(Fixture())[0].Needs.Single(n => n.State == JobState.Blocked);

        Assert.Equal("delivery", blocked.TouchpointId);
        Assert.Equal(2, blocked.Records); // A's blocker + the anonymous blocker
        Assert.Equal(2, blocked.Customers);
        Assert.Equal(["long-wait", "no-update"], blocked.Pains); // long-wait in 2 records, no-update in 1
        Assert.Equal(2, blocked.Quotes.Count);
        Assert.All(blocked.Quotes, q => Assert.Equal("some feedback", q.Text));
    }

    [Fact]
    public void Build_PerJob_GroupsCustomersByMainTouchpointLargestFirst()
    {
        var machines = Build(Fixture());

        // delivery: A, B, anonymous (3 customers); checkout: C (1).
        Assert.Equal(["all", "delivery", "checkout"], machines.Select(m => m.Key));
        Assert.Equal(["All customers", "Delivery", "Checkout"], machines.Select(m => m.Title));
        Assert.Equal(3, machines[1].Customers);
        Assert.Equal(1, machines[2].Customers);
    }

    [Fact]
    public void Build_MinCustomers_DropsSmallJobs()
    {
        var machines = Build(Fixture(), new JobStateOptions { MinCustomers = 2 });

        Assert.Equal(["all", "delivery"], machines.Select(m => m.Key));
    }

    [Fact]
    public void Build_TouchpointJobMapping_MergesTouchpointsIntoOneJob()
    {
        var map = new Dictionary<string, string> { ["delivery"] = "Get my order", ["checkout"] = "Get my order" };
        var machines = Build(
            Fixture(),
            new JobStateOptions
            {
                MinCustomers = 1,
                TouchpointJobs = map,
                IncludeOverall = false,
            }
        );

        var job = Assert.Single(machines);
        Assert.Equal("job:Get my order", job.Key);
        Assert.Equal("Get my order", job.Title);
        Assert.Equal(4, job.Customers);
    }

    [Fact]
    public void Build_AfterDone_NextRecordStartsNewLoop()
    {
        // D: done (day 0) → none (day 1): Start→Done, then a new loop Start→Trying; no Done→Trying edge.
        // Transitions are listed in state order (From, then To).
        var s = new Sample()
            .Add(["delivery"], customer: "D", day: 0, job: JobStateEvent.Done)
            .Add(["delivery"], customer: "D", day: 1);

        var all = Build(s)[0];

        Assert.Equal(
            [(JobState.Start, JobState.Trying), (JobState.Start, JobState.Done)],
            all.Transitions.Select(t => (t.From, t.To))
        );
        Assert.Equal(1, all.States.Single(n => n.State == JobState.Start).Customers);
    }

    [Fact]
    public void Build_NoCustomerIdsOrDates_PerRecordStepsFromStart()
    {
        // Three anonymous records and one customer without a date: four one-step timelines.
        var s = new Sample()
            .Add(["delivery"], job: JobStateEvent.Blocker)
            .Add(["delivery"], job: JobStateEvent.Blocker)
            .Add(["delivery"])
            .Add(["delivery"], customer: "E", job: JobStateEvent.Spawn);

        var all = Build(s)[0];

        Assert.False(all.FromTimelines);
        Assert.Equal(4, all.Customers);
        Assert.All(all.Transitions, t => Assert.Equal(JobState.Start, t.From));
        Assert.Equal(2, all.Transitions.Single(t => t.To == JobState.Blocked).Records);
        Assert.Equal(0.5, all.States.Single(n => n.State == JobState.Start).BlockedRate, 6); // 2 of 4
        Assert.Equal(0.25, all.States.Single(n => n.State == JobState.Start).SideJobRate, 6); // 1 of 4
    }

    [Fact]
    public void Build_SameInputTwice_IdenticalOutput()
    {
        var a = Build(Fixture());
        var b = Build(Fixture());

        Assert.Equal(a.Select(m => m.Key), b.Select(m => m.Key));
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Transitions, b[i].Transitions);
            Assert.Equal(a[i].States, b[i].States);
        }
    }

    [Fact]
    public void Build_AnnotationsMisaligned_Throws()
    {
        var s = Fixture();
        Assert.Throws<ArgumentException>(() =>
            JobStateMachineBuilder.Build(s.Records, [.. s.Annotations.Skip(1)], Sample.Catalog)
        );
    }
}
