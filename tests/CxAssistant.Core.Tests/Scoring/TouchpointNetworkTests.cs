using CxAssistant.Core.Annotations;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class TouchpointNetworkTests
{
    [Fact]
    public void Build_Timelines_SequenceEdgesWeightedByCustomers()
    {
        // a: website → checkout → delivery; b: website → checkout → support; c: website, website, checkout (repeat
        // collapses)
        // d has no timestamps and is ignored. Expected: website→checkout 3, checkout→delivery 1, checkout→support 1
        var s = new Sample()
            .Add(["website"], customer: "a", day: 1)
            .Add(["checkout"], customer: "a", day: 2)
            .Add(["delivery"], customer: "a", day: 5)
            .Add(["checkout"], customer: "b", day: 3)
            .Add(["website"], customer: "b", day: 1)
            .Add(["support", "delivery"], customer: "b", day: 4)
            .Add(["website"], customer: "c", day: 1)
            .Add(["website"], customer: "c", day: 2)
            .Add(["checkout"], customer: "c", day: 3)
            .Add(["delivery", "support"], customer: "d");
        var network = TouchpointNetworkBuilder.Build(s.Input());
        Assert.True(network.FromTimelines);
        Assert.Equal(
            [
                new NetworkEdge("website", "checkout", EdgeKind.Sequence, 3),
                new NetworkEdge("checkout", "delivery", EdgeKind.Sequence, 1),
                new NetworkEdge("checkout", "support", EdgeKind.Sequence, 1),
            ],
            network.Edges
        );
        // nodes by journey stage: consideration, purchase, delivery, support
        Assert.Equal(["website", "checkout", "delivery", "support"], network.Nodes);
    }

    [Fact]
    public void Build_NoTimelines_CoMentionEdgesWeightedByRecords()
    {
        // [delivery, support] and [support, delivery, checkout] → delivery–support 2, checkout–delivery 1,
        // checkout–support 1
        var s = new Sample().Add(["delivery", "support"]).Add(["support", "delivery", "checkout"]).Add(["website"]);
        var network = TouchpointNetworkBuilder.Build(s.Input());
        Assert.False(network.FromTimelines);
        Assert.Equal(
            [
                new NetworkEdge("delivery", "support", EdgeKind.CoMention, 2),
                new NetworkEdge("checkout", "delivery", EdgeKind.CoMention, 1),
                new NetworkEdge("checkout", "support", EdgeKind.CoMention, 1),
            ],
            network.Edges
        );
    }

    [Fact]
    public void Build_TimelinesWithCoMentionOption_BothKinds()
    {
        var s = new Sample()
            .Add(["website"], customer: "a", day: 1)
            .Add(["checkout", "delivery"], customer: "a", day: 2);
        var network = TouchpointNetworkBuilder.Build(s.Input(), new ScoringOptions { CoMentionWithTimelines = true });
        Assert.Equal(
            [
                new NetworkEdge("checkout", "delivery", EdgeKind.CoMention, 1),
                new NetworkEdge("website", "checkout", EdgeKind.Sequence, 1),
            ],
            network.Edges
        );
    }

    [Fact]
    public void Build_CancelShare_CriticalMomentWithNumbers()
    {
        // checkout: 10 mentions, 3 cancels = 30% ≥ 20% and ≥ 2
        var s = new Sample()
            .Repeat(3, x => x.Add(["checkout"], job: JobStateEvent.Cancel))
            .Repeat(7, x => x.Add(["checkout"]))
            .Repeat(5, x => x.Add(["delivery"], job: JobStateEvent.Cancel))
            .Repeat(45, x => x.Add(["delivery"]));
        var moments = TouchpointNetworkBuilder.Build(s.Input()).CriticalMoments;
        // delivery: 5 cancels of 50 = 10% < 20% → not critical
        var moment = Assert.Single(moments);
        Assert.Equal("checkout", moment.TouchpointId);
        Assert.Equal("3 of 10 mentions (30%) are customers giving up (cancel).", moment.Reason);
    }

    [Fact]
    public void Build_DetractorsOverRepresented_CriticalMoment()
    {
        // support-linked NPS 0, 2, 9 → 2 of 3 (67%) detractors; overall detractors 2 of 8 = 25%
        var s = new Sample().Add(["support"], nps: 0).Add(["support"], nps: 2).Add(["support"], nps: 9);
        foreach (var n in new[] { 10, 10, 9, 8, 7 })
        {
            s.Add(["website"], nps: n);
        }
        var moment = Assert.Single(TouchpointNetworkBuilder.Build(s.Input()).CriticalMoments);
        Assert.Equal("support", moment.TouchpointId);
        Assert.Equal(
            "2 of 3 NPS answers from customers who mention it (67%) are detractors, against 25% overall.",
            moment.Reason
        );
    }

    [Fact]
    public void Build_LastTouchpointBeforeCancel_AndDecisionHub()
    {
        // a, b: website → checkout, then a record with no touchpoint that cancels → checkout credited twice.
        // c: website → delivery; d: website → support. website (consideration) then has neighbours checkout, delivery,
        // support = 3.
        var s = new Sample();
        foreach (var c in new[] { "a", "b" })
        {
            s.Add(["website"], customer: c, day: 1)
                .Add(["checkout"], customer: c, day: 2)
                .Add([], customer: c, day: 3, job: JobStateEvent.Cancel);
        }
        s.Add(["website"], customer: "c", day: 1).Add(["delivery"], customer: "c", day: 2);
        s.Add(["website"], customer: "d", day: 1).Add(["support"], customer: "d", day: 2);
        var moments = TouchpointNetworkBuilder.Build(s.Input()).CriticalMoments;
        Assert.Equal(
            [
                new CriticalMoment(
                    "website",
                    "A crossroads when customers decide (consideration): they go between "
                        + "it and 3 other touchpoints, 4 times in the data."
                ),
                new CriticalMoment("checkout", "Last touchpoint before 2 customers cancelled."),
            ],
            moments
        );
    }
}
