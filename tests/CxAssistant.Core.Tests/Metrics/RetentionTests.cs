using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public sealed class RetentionTests
{
    // A: days 0 and 10 (repeat, 10 days to return) + an agent turn saying "never again" (ignored)
    // B: two records on day 0 (not a repeat)
    // C: day 5, "Never again, switching to a competitor" (never-again + switching)
    // D: cancel job event, undated
    // anonymous record: one customer of its own
    private static Sample Fixture() =>
        new Sample()
            .Add(["delivery"], customer: "A", day: 0)
            .Add(["delivery"], customer: "A", day: 10)
            .Add(["delivery"], customer: "A", day: 10, speaker: "agent", text: "never again will this happen")
            .Add(["checkout"], customer: "B", day: 0)
            .Add(["checkout"], customer: "B", day: 0)
            .Add(["delivery"], customer: "C", day: 5, text: "Never again, switching to a competitor")
            .Add(["support"], customer: "D", job: JobStateEvent.Cancel)
            .Add(["website"]);

    [Fact]
    public void Compute_HandFixture_ReturningAndChurn()
    {
        // Customers A, B, C, D, anonymous = 5; dated known customers A, B, C = 3; repeat A → 1/3 = 0.333.
        // Churn: C (never again + switching), D (cancel) → 2/5 = 0.4.
        var r = Retention.Compute(Fixture().Records, Fixture().Annotations);

        Assert.Equal((5, 3, 1), (r.Customers, r.DatedCustomers, r.RepeatCustomers));
        Assert.Equal(0.333, r.ReturningRate);
        Assert.Equal(10, r.MedianDaysToReturn);
        Assert.Equal((2, 0.4), (r.ChurnSignalCustomers, r.ChurnSignalRate));
        Assert.Equal((1, 1, 1), (r.CancelSignals, r.NeverAgainSignals, r.SwitchingSignals));
    }

    [Fact]
    public void Compute_StaffNoteAboutACustomer_IsNoChurnSignalButTheCustomersOwnWordsAre()
    {
        // E's account manager wrote that E "mentioned a competitor": staff words, not E's. F said it in a review.
        var s = new Sample()
            .Add(
                [],
                customer: "E",
                day: 0,
                channel: Channel.SalesNote,
                text: "Mentioned a competitor offered a discount"
            )
            .Add([], customer: "F", day: 0, channel: Channel.Review, text: "Going to a competitor next time");

        var r = Retention.Compute(s.Records, s.Annotations);

        Assert.Equal((2, 1, 1), (r.Customers, r.ChurnSignalCustomers, r.SwitchingSignals));
    }

    [Fact]
    public void Compute_ByTouchpoint_GroupsCustomersMentioningIt()
    {
        // delivery: A (repeat) and C (churn signal) → returning 1/2, churn 1/2.
        var s = Fixture();
        var r = Retention.Compute(s.Records, s.Annotations, new SegmentOptions { MinSegmentSize = 1 });

        var delivery = r.Touchpoints.Single(g => g.Value == "delivery");
        Assert.Equal(
            (2, 2, 1, 0.5, 1, 0.5),
            (
                delivery.Customers,
                delivery.DatedCustomers,
                delivery.RepeatCustomers,
                delivery.ReturningRate,
                delivery.ChurnSignalCustomers,
                delivery.ChurnSignalRate
            )
        );
        Assert.Equal("support", r.Touchpoints[0].Value); // highest churn rate (1/1) first
    }

    [Fact]
    public void Compute_BySegment_CustomersTakeTheirFirstLabel()
    {
        var s = new Sample()
            .Add([], customer: "A", day: 0, metadata: new() { ["plan"] = "pro" })
            .Add([], customer: "A", day: 3, metadata: new() { ["plan"] = "pro" })
            .Add([], customer: "B", day: 0, metadata: new() { ["plan"] = "basic" })
            .Add([], customer: "C", day: 1, metadata: new() { ["plan"] = "basic" });

        var r = Retention.Compute(s.Records, s.Annotations, new SegmentOptions { MinSegmentSize = 1 });

        // basic: B, C (no repeats) → 0/2; pro: A (repeat) → 1/1. Larger group first.
        Assert.Equal(
            [("basic", 2, 0.0), ("pro", 1, 1.0)],
            r.Segments.Select(g => (g.Value, g.Customers, g.ReturningRate))
        );
    }

    [Fact]
    public void Compute_AnswerScaleColumns_AreNotSegments()
    {
        var s = new Sample()
            .Add([], customer: "A", day: 0, metadata: new() { ["importance_speed"] = "9" })
            .Add([], customer: "B", day: 0, metadata: new() { ["importance_speed"] = "3" });

        Assert.Empty(Retention.Compute(s.Records, s.Annotations, new SegmentOptions { MinSegmentSize = 1 }).Segments);
    }
}
