using System.Text.Json;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Reports.Tests.Jobs;

public sealed class JobsJsonTests(JobsSamples samples) : IClassFixture<JobsSamples>
{
    [Fact]
    public void Serialize_WithAnalysisJsonOptions_RoundTripsWithoutDuplicates()
    {
        var jobs = samples.Bloom.Jobs;
        var json = JsonSerializer.Serialize(jobs, AnalysisJson.Options);
        Assert.DoesNotContain("\"roots\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"allQuotes\"", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var statements = doc.RootElement.GetProperty("tree").GetProperty("statements").EnumerateArray().ToList();
        var main = jobs.Tree.At(JobAltitude.Main).First();
        Assert.Contains(statements, s => s.GetProperty("text").GetString() == main.Text);
        Assert.Equal("aspirational", statements[0].GetProperty("altitude").GetString());
        Assert.Contains(doc.RootElement.GetProperty("outcomes").EnumerateArray(), o =>
            o.GetProperty("band").GetString() == "over-served"
        );

        var back = JsonSerializer.Deserialize<JobsAnalysis>(json, AnalysisJson.Options)!;
        Assert.Equal(jobs.Statements.Select(s => s.Text), back.Statements.Select(s => s.Text));
        Assert.Equal(jobs.Outcomes.Select(o => o.Opportunity), back.Outcomes.Select(o => o.Opportunity));
        Assert.Equal(jobs.Statements.SelectMany(s => s.AllQuotes), back.Statements.SelectMany(s => s.AllQuotes));
    }
}
