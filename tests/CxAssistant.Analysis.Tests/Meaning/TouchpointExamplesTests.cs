using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Analysis.Tests.Meaning;

public sealed class TouchpointExamplesTests
{
    [Fact]
    public void Resource_EveryKeyIsABuiltInTypeWithSentences()
    {
        var examples = TouchpointExamples.Parse(TouchpointKnowledge.ReadResource("examples.yaml"));

        Assert.True(examples.Count >= 20, $"{examples.Count} types have examples");
        Assert.All(examples, e =>
        {
            Assert.NotNull(TouchpointKnowledge.Default.Find(e.Key));
            Assert.True(e.Value.Count >= 3, $"{e.Key}: {e.Value.Count} examples");
            Assert.All(e.Value, s => Assert.InRange(s.Split(' ').Length, 2, 30));
        });
    }

    [Fact]
    public void Overall_ResourceHasSentencesAboutABusinessAsAWhole()
    {
        var overall = TouchpointExamples.ParseOverall(TouchpointKnowledge.ReadResource("overall.yaml"));

        Assert.True(overall.Count >= 30, $"{overall.Count} sentences");
        Assert.Equal(overall, TouchpointExamples.Overall);
        Assert.All(overall, s => Assert.InRange(s.Split(' ').Length, 1, 30));
        Assert.Equal(overall.Count, overall.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void For_UnknownType_IsEmpty()
    {
        Assert.Empty(TouchpointExamples.For("no-such-type"));
    }
}
