using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Tests.Scoring;

public sealed class StageOutcomesTests
{
    private static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint
            {
                Id = "checkout",
                Name = "Checkout",
                Stage = JourneyStage.Purchase,
            },
            new Touchpoint
            {
                Id = "delivery",
                Name = "Delivery",
                Stage = JourneyStage.Delivery,
            },
            new Touchpoint
            {
                Id = "packaging",
                Name = "Packaging",
                Stage = JourneyStage.Delivery,
            },
            new Touchpoint
            {
                Id = "support",
                Name = "Support",
                Stage = JourneyStage.Support,
            },
        ]
    );

    private readonly List<EvidenceRecord> _records = [];
    private readonly List<Annotation> _annotations = [];

    private StageOutcomesTests Add(string[] touchpoints, int? nps = null, double? csat = null, string? customer = null)
    {
        var id = "e" + _records.Count;
        _records.Add(
            new EvidenceRecord
            {
                Id = id,
                RecordId = id,
                Source = new SourceLocation("t.csv", _records.Count + 2),
                Channel = Channel.Survey,
                Text = "x",
                Nps = nps,
                Csat = csat,
                CustomerId = customer,
            }
        );
        _annotations.Add(
            new Annotation
            {
                EvidenceId = id,
                Touchpoints = [.. touchpoints.Select(t => new TouchpointMention(t, 1, 0, 1))],
            }
        );
        return this;
    }

    private IReadOnlyList<StageOutcome> Compute() =>
        StageOutcomes.Compute(new ScoringInput(_records, _annotations, Catalog));

    [Fact]
    public void Compute_DeliveryStage_NpsOfItsRecordsEachCountedOnce()
    {
        // Delivery stage: a detractor (0) mentioning both its touchpoints, two promoters: (2 − 1)/3 = +33.3 from 3
        // answers.
        Add(["delivery", "packaging"], nps: 0)
            .Add(["delivery"], nps: 10)
            .Add(["packaging"], nps: 9)
            .Add(["checkout"], nps: 8);

        var delivery = Compute().Single(s => s.Stage == JourneyStage.Delivery);

        Assert.Equal(StageMetric.Nps, delivery.Metric);
        Assert.Equal((3, 3), (delivery.Records, delivery.Answers));
        Assert.Equal(33.3, delivery.Value);
        Assert.Equal(["delivery", "packaging"], delivery.Touchpoints);
        Assert.NotNull(delivery.Band);
    }

    [Fact]
    public void Compute_SupportRecordWithoutScore_UsesTheSameCustomersSurveyAnswer()
    {
        // The customer's support chat has no score; their survey row (about nothing in the catalog) gave 2.
        Add(["support"], customer: "C1").Add([], nps: 2, customer: "C1").Add(["checkout"], nps: 10);

        var support = Compute().Single(s => s.Stage == JourneyStage.Support);

        Assert.Equal((-100.0, 1), (support.Value, support.Answers));
    }

    [Fact]
    public void Compute_OrderedByJourney_OnlyStagesWithMentions()
    {
        Add(["support"], nps: 5).Add(["checkout"], nps: 10);

        Assert.Equal([JourneyStage.Purchase, JourneyStage.Support], Compute().Select(s => s.Stage));
    }

    [Fact]
    public void Compute_NoNpsButCsat_CsatForEveryStage()
    {
        Add(["checkout"], csat: 5).Add(["checkout"], csat: 2).Add(["support"]);

        var stages = Compute();

        Assert.All(stages, s => Assert.Equal(StageMetric.Csat, s.Metric));
        Assert.Equal(50.0, stages.Single(s => s.Stage == JourneyStage.Purchase).Value);
        // A stage whose customers gave no answer has no value rather than a zero.
        Assert.Equal(
            (null, 0),
            (
                stages.Single(s => s.Stage == JourneyStage.Support).Value,
                stages.Single(s => s.Stage == JourneyStage.Support).Answers
            )
        );
    }

    [Fact]
    public void Compute_NoOutcomeAnswersAtAll_Empty()
    {
        Add(["checkout"]).Add(["support"]);

        Assert.Empty(Compute());
    }
}
