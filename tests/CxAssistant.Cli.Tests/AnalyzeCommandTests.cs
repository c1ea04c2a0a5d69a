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
        foreach (
            var name in new[]
            {
                "report.md",
                "report.html",
                "analysis.json",
                "annotations.csv",
                "touchpoints.csv",
                "touchpoint-map.svg",
            }
        )
        {
            Assert.True(new FileInfo(Path.Combine(temp.Path, name)).Length > 0, name + " missing or empty");
        }
        Assert.Contains("Fix first #1:", result.StdOut);
        Assert.Empty(Directory.GetDirectories(temp.Path)); // no staging folder left behind

        var report = File.ReadAllText(Path.Combine(temp.Path, "report.md"));
        foreach (
            var section in new[]
            {
                "## Summary",
                "## Top touchpoints to fix",
                "## Touchpoint scores",
                "## Touchpoint map",
                "```mermaid",
                "## Discovered touchpoints",
                "## Data quality",
            }
        )
        {
            Assert.Contains(section, report);
        }
        // The samples span three months: the report opens with the latest against the one before, the console says it.
        Assert.StartsWith(
            "## What changed: 2026-10 against 2026-09",
            report[report.IndexOf("## ", StringComparison.Ordinal)..]
        );
        Assert.Contains("What changed (2026-10 against 2026-09): ", result.StdOut);
    }

    [Theory]
    [InlineData("quarter", "## What changed: 2026-Q4 against 2026-Q3")]
    [InlineData("none", null)]
    public void Analyze_ComparePeriods_ChosenGrainOrNone(string grain, string? heading)
    {
        using var temp = new TempFolder();
        var result = CxProcess.Run(
            "analyze",
            "samples/bloom-and-crumb",
            "--out",
            temp.Path,
            "--compare-periods",
            grain
        );

        Assert.True(result.ExitCode == 0, result.StdErr + result.StdOut);
        var report = File.ReadAllText(Path.Combine(temp.Path, "report.md"));
        if (heading is null)
        {
            Assert.DoesNotContain("## What changed", report);
        }
        else
        {
            Assert.Contains(heading, report);
        }
    }

    [Fact]
    public void Analyze_Sample_AnnotationsCsvHasOneRowPerRecordWithRequiredColumns()
    {
        using var temp = new TempFolder();
        var result = CxProcess.Run("analyze", "samples/trailhead-outfitters", "--out", temp.Path);
        Assert.Equal(0, result.ExitCode);

        var (header, rows) = CsvFile.Read(Path.Combine(temp.Path, "annotations.csv"));
        Assert.True(rows.Count > 100);
        foreach (
            var column in new[]
            {
                "record_id",
                "source",
                "touchpoints",
                "sentiment",
                "sentiment_label",
                "intent",
                "job_state",
            }
        )
        {
            Assert.Contains(column, header);
        }
        var labels = rows.Select(r => r["sentiment_label"]).ToHashSet();
        Assert.Subset(new HashSet<string> { "negative", "neutral", "positive" }, labels);
        Assert.True(labels.Count == 3, "a realistic sample should contain all three sentiment labels");
        var json = File.ReadAllText(Path.Combine(temp.Path, "analysis.json"));
        Assert.Contains("\"schemaVersion\":\"1.0\"", json);
    }

    [Fact]
    public void Analyze_FailOnAlertWithThresholdCrossed_ExitThreeAfterWritingAlertsJson()
    {
        using var temp = new TempFolder();
        // Any NPS fall between the last two months alerts, and so does any touchpoint with 1 negative mention in 10.
        var strict = new Dictionary<string, string>
        {
            ["CxAssistant__Alerts__NpsDrop"] = "0",
            ["CxAssistant__Alerts__NegativeShare"] = "0.1",
            ["CxAssistant__Alerts__MinMentions"] = "10",
        };

        var failing = CxProcess.RunWith(
            strict,
            "analyze",
            "samples/trailhead-outfitters",
            "--out",
            temp.Path,
            "--fail-on-alert"
        );
        var json = File.ReadAllText(Path.Combine(temp.Path, "alerts.json"));
        var plain = CxProcess.RunWith(strict, "analyze", "samples/trailhead-outfitters", "--out", temp.Path);

        Assert.True(failing.ExitCode == 3, failing.StdErr + failing.StdOut);
        Assert.Contains("ALERT: ", failing.StdOut);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var alerts = doc.RootElement.GetProperty("alerts");
        Assert.True(alerts.GetArrayLength() > 0);
        Assert.Equal(0.1, doc.RootElement.GetProperty("thresholds").GetProperty("negativeShare").GetDouble());
        Assert.Contains(alerts.EnumerateArray(), a => a.GetProperty("kind").GetString() == "negative-share");
        // Without the flag the same alerts are printed, and the run succeeds.
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("ALERT: ", plain.StdOut);
        Assert.Contains("## Alerts", File.ReadAllText(Path.Combine(temp.Path, "report.md")));
    }

    [Fact]
    public void Analyze_BadAlertSetting_ExitOneNamingTheKey()
    {
        using var temp = new TempFolder();
        var result = CxProcess.RunWith(
            new Dictionary<string, string> { ["CxAssistant__Alerts__NpsDrop"] = "lots" },
            "analyze",
            "samples/bloom-and-crumb",
            "--out",
            temp.Path
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CxAssistant:Alerts:NpsDrop", result.StdErr);
        Assert.False(File.Exists(Path.Combine(temp.Path, "report.md")));
    }
}
