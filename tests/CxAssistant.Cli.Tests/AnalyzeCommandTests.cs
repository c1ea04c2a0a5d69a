namespace CxAssistant.Cli.Tests;

/// <summary>End-to-end: `cx analyze` as a user runs it, on the shipped samples and on bad input.</summary>
public sealed class AnalyzeCommandTests
{
    [Theory]
    [InlineData("samples/bloom-and-crumb")]
    [InlineData("samples/trailhead-outfitters")]
    public void Analyze_SampleFolder_WritesEveryOutputFile(string sample)
    {
        using var temp = new TempFolder();
        var result = CxProcess.Run("analyze", sample, "--out", temp.Path);

        Assert.True(result.ExitCode == 0, result.StdErr + result.StdOut);
        foreach (var name in new[] { "report.md", "report.html", "analysis.json", "annotations.csv", "touchpoints.csv", "touchpoint-map.svg" })
            Assert.True(new FileInfo(Path.Combine(temp.Path, name)).Length > 0, name + " missing or empty");
        Assert.Contains("Fix first #1:", result.StdOut);
        Assert.Empty(Directory.GetDirectories(temp.Path)); // no staging folder left behind

        var report = File.ReadAllText(Path.Combine(temp.Path, "report.md"));
        foreach (var section in new[] { "## Summary", "## Top touchpoints to fix", "## Touchpoint scores", "## Touchpoint map", "```mermaid", "## Discovered touchpoints", "## Data quality" })
            Assert.Contains(section, report);
    }

    [Fact]
    public void Analyze_Sample_AnnotationsCsvHasOneRowPerRecordWithRequiredColumns()
    {
        using var temp = new TempFolder();
        var result = CxProcess.Run("analyze", "samples/trailhead-outfitters", "--out", temp.Path);
        Assert.Equal(0, result.ExitCode);

        var (header, rows) = CsvFile.Read(Path.Combine(temp.Path, "annotations.csv"));
        Assert.True(rows.Count > 100);
        foreach (var column in new[] { "record_id", "source", "touchpoints", "sentiment", "sentiment_label", "intent", "job_state" })
            Assert.Contains(column, header);
        var labels = rows.Select(r => r["sentiment_label"]).ToHashSet();
        Assert.Subset(new HashSet<string> { "negative", "neutral", "positive" }, labels);
        Assert.True(labels.Count == 3, "a realistic sample should contain all three sentiment labels");
        var json = File.ReadAllText(Path.Combine(temp.Path, "analysis.json"));
        Assert.Contains("\"schemaVersion\":\"1.0\"", json);
    }
}
