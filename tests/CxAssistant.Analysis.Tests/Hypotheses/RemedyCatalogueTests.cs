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
    public void Default_EveryKindHasTheDefaultsWording()
    {
        var keys = RemedyCatalogue.Default.WordingFor("default").Keys.ToHashSet();

        Assert.NotEmpty(keys);
        foreach (var kind in RemedyCatalogue.Default.Wording.Keys)
        {
            Assert.Equal(keys, RemedyCatalogue.Default.Wording[kind].Keys.ToHashSet());
        }
    }

    [Fact]
    public void Default_NoRemedyWrittenForOneKindUsesAnotherKindsWords()
    {
        // A remedy for touchpoint types of several kinds must not carry words only one industry uses, unless it is
        // written for that industry's touchpoints alone; checked on the general remedies (any touchpoint). A remedy
        // for a kind learned from the records (said) may use that kind's words, since it reaches only such businesses.
        var general = RemedyCatalogue.Default.Remedies.Where(r => r.Touchpoints.Contains(Remedy.Any));

        Assert.All(general, r =>
            Assert.Empty(
                RemedyCatalogue.Default.Foreign(string.Join(" ", r.Title, r.Change, r.Resources), "local-services", k =>
                    k.Name is { } name && r.Said.Contains(name)
                )
            )
        );
    }

    [Fact]
    public void Default_TemplatesUseOnlyKnownPlaceholders()
    {
        string[] known =
        [
            "touchpoint",
            "owner",
            "mentions",
            "signal_count",
            "partner",
            "amounts",
            "durations",
            .. RemedyCatalogue.Default.WordingFor("default").Keys,
        ];
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
