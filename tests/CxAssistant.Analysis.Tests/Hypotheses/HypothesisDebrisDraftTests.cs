using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Tests.Hypotheses;

/// <summary>
/// A draft with template debris never reaches a report: its remedy is left out and the next one takes its slot, and a
/// touchpoint left with fewer than five says why.
/// </summary>
public sealed class HypothesisDebrisDraftTests
{
    // The best-scoring remedy (its signal word is in every record) writes "the the" and a slot the templates do not
    // know ("{Touchpoint}": capitalised, so never filled).
    private const string Bad = """
          - id: bad
            pains: [long-wait]
            touchpoints: [any]
            signals: [awful]
            title: Shorten the the wait
            change: Post the waiting time at {Touchpoint}.
            resources: A manager.
            effort: low
            consequences: [Some will leave.]
        """;

    private static string Yaml(int clean) =>
        "remedies:\n"
        + Bad
        + "\n"
        + string.Concat(
            Enumerable
                .Range(1, clean)
                .Select(i =>
                    $"""
                          - id: clean-{i}
                            pains: [long-wait]
                            touchpoints: [any]
                            title: Clean remedy number {i}
                            change: Change step {i} of the wait.
                            resources: A team of {i}.
                            effort: medium
                            consequences: [A cost of {i}.]

                        """
                )
        );

    private static AnalysisResult Analysis() =>
        HypothesisAnalysisFixture.Build([
            .. Enumerable
                .Range(0, 6)
                .Select(i =>
                    (
                        $"Guest {i}: waited an hour at arrival, the wait was awful.",
                        "delivery",
                        (string[])[PainKind.LongWait],
                        (int?)null
                    )
                ),
        ]);

    private static TouchpointHypotheses Draft(int clean, AnalysisResult analysis) =>
        Assert.Single(
            HypothesisDrafter
                .Draft(analysis, new HypothesisOptions { Catalogue = RemedyCatalogue.Parse(Yaml(clean), "test.yaml") })
                .Touchpoints
        );

    [Fact]
    public void Draft_RemedyWithDebris_LeftOutAndTheNextTakesItsSlot()
    {
        var analysis = Analysis();

        var group = Draft(5, analysis);

        Assert.Equal(5, group.Hypotheses.Count);
        Assert.DoesNotContain(group.Hypotheses, h => h.RemedyId == "bad");
        Assert.Null(group.Reason);
        Assert.Equal(
            ["delivery-h1", "delivery-h2", "delivery-h3", "delivery-h4", "delivery-h5"],
            group.Hypotheses.Select(h => h.Id)
        );
        Assert.Empty(HypothesisCheck.Check(new HypothesisBacklog([group]), analysis, ["delivery"]));
    }

    [Fact]
    public void Draft_TooFewCleanRemedies_FewerThanFiveWithTheReason()
    {
        var analysis = Analysis();

        var group = Draft(3, analysis);

        Assert.Equal(3, group.Hypotheses.Count);
        Assert.DoesNotContain(group.Hypotheses, h => h.RemedyId == "bad");
        Assert.NotNull(group.Reason);
        Assert.Contains("only 3 of the remedies", group.Reason, StringComparison.Ordinal);
        Assert.Contains("1 more did not fill cleanly", group.Reason, StringComparison.Ordinal);
        Assert.Empty(HypothesisCheck.Check(new HypothesisBacklog([group]), analysis, ["delivery"]));
    }
}
