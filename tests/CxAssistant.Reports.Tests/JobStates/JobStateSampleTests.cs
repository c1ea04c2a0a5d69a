using System.Text;
using CxAssistant.Core.JobStates;
using CxAssistant.Core.Validation;

namespace CxAssistant.Reports.Tests.JobStates;

public sealed class JobStateSampleTests
{
    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Build_Sample_HasTimelineMachineWithCountedTransitions(string sample)
    {
        var a = JobStateSamples.Get(sample);

        var machines = JobStateMachineBuilder.Build(a.Records, a.Annotations, a.Catalog);

        Assert.True(machines.Count >= 2); // the all-customers machine plus at least one touchpoint job
        var all = machines[0];
        Assert.Equal(JobStateMachineBuilder.OverallKey, all.Key);
        Assert.True(all.FromTimelines);
        Assert.True(all.States.Count >= 3);
        Assert.Contains(all.States, s => s.State == JobState.Blocked && s.Customers > 0);
        Assert.Contains(all.Transitions, t => t.From != JobState.Start && t.Records > 0);
        // Every customer enters the loop once per start: first steps add up to the customers.
        Assert.True(all.Transitions.Where(t => t.From == JobState.Start).Sum(t => t.Customers) >= all.Customers);
    }

    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Build_Sample_EveryQuoteIsVerbatim(string sample)
    {
        var a = JobStateSamples.Get(sample);

        var quotes = JobStateMachineBuilder
            .Build(a.Records, a.Annotations, a.Catalog)
            .SelectMany(m => m.Needs)
            .SelectMany(n => n.Quotes)
            .ToList();

        Assert.NotEmpty(quotes);
        Assert.Empty(GroundingCheck.Check(quotes, GroundingCheck.Index(a.Records)));
    }

    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Render_Sample_StateDiagramWithStartAndCounts(string sample)
    {
        var a = JobStateSamples.Get(sample);
        var machine = JobStateMachineBuilder.Build(a.Records, a.Annotations, a.Catalog)[0];

        var diagram = JobStateDiagram.Render(machine);

        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        Assert.Contains("[*] --> Trying : none ", diagram, StringComparison.Ordinal);
        Assert.Contains("state \"Blocked\" as Blocked", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain(
            "\"",
            diagram.Replace("state \"", "", StringComparison.Ordinal).Replace("\" as", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("bloom-and-crumb")]
    [InlineData("trailhead-outfitters")]
    public void Write_Sample_SectionHasDiagramTableAndCitedQuotes(string sample)
    {
        var a = JobStateSamples.Get(sample);
        var sb = new StringBuilder();

        JobStatesSection.Write(sb, JobStateMachineBuilder.Build(a.Records, a.Annotations, a.Catalog), a);

        var md = sb.ToString();
        Assert.StartsWith("## Job state machine", md, StringComparison.Ordinal);
        Assert.Contains(
            "```mermaid\nstateDiagram-v2",
            md.Replace("\r\n", "\n", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Contains("| State | Customers reaching |", md, StringComparison.Ordinal);
        Assert.Contains("- **Blocked**", md, StringComparison.Ordinal);
        Assert.Contains(", record ", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Trailhead_NoQuoteRepeatedAndHeadlineCounts()
    {
        var a = JobStateSamples.Trailhead;
        var machines = JobStateMachineBuilder.Build(a.Records, a.Annotations, a.Catalog);
        var sb = new StringBuilder();

        JobStatesSection.Write(sb, machines, a);

        var quoteLines = sb.ToString()
            .Split('\n')
            .Where(l => l.TrimStart().StartsWith("- “", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(quoteLines);
        Assert.Equal(quoteLines.Count, quoteLines.Distinct(StringComparer.Ordinal).Count());
        var blocked = machines[0].States.Single(s => s.State == JobState.Blocked).Customers;
        Assert.Contains($"Customers who got blocked: {blocked} (", sb.ToString(), StringComparison.Ordinal);
    }
}
