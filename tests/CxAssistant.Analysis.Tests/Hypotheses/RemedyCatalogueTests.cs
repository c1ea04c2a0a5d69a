using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Hypotheses;

public sealed class RemedyCatalogueTests
{
    [Fact]
    public void Default_LoadsSixtyOrMoreRemediesCoveringEveryPainKind()
    {
        var remedies = RemedyCatalogue.Default.Remedies;

        Assert.InRange(remedies.Count, 60, 150);
        foreach (var pain in PainKind.All)
        {
            Assert.True(remedies.Count(r => r.Pains.Contains(pain)) >= 3, $"fewer than 3 remedies for {pain}");
        }
        Assert.True(remedies.Count(r => r.IsGeneral) >= 3);
    }

    [Fact]
    public void Default_TemplatesUseOnlyKnownPlaceholders()
    {
        string[] known = ["touchpoint", "owner", "mentions", "signal_count", "partner", "amounts", "durations"];
        var used = RemedyCatalogue
            .Default.Remedies.SelectMany(r => new[] { r.Title, r.Change, r.Resources, r.Measure ?? "" })
            .SelectMany(HypothesisTemplate.Placeholders);

        Assert.All(used, p => Assert.Contains(p, known));
    }

    [Fact]
    public void Parse_UnknownPain_Throws()
    {
        const string yaml = """
            remedies:
              - id: x
                pains: [grumpy]
                title: t
                change: c
                resources: r
                effort: low
                consequences: [c]
            """;

        var e = Assert.Throws<InvalidDataException>(() => RemedyCatalogue.Parse(yaml, "test.yaml"));
        Assert.Contains("grumpy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadEffort_Throws()
    {
        const string yaml = """
            remedies:
              - id: x
                pains: [price]
                title: t
                change: c
                resources: r
                effort: tiny
                consequences: [c]
            """;

        Assert.Throws<InvalidDataException>(() => RemedyCatalogue.Parse(yaml, "test.yaml"));
    }
}
