using System.Text.Json.Nodes;

namespace CxAssistant.Cli.Tests;

/// <summary>
/// `cx eval` end to end on the real binary: run → report → bless → compare, regression exit code, unconfigured
/// providers, dry run.
/// </summary>
public sealed class EvalCommandTests
{
    private static string Suite(string name) => Path.Combine(CxProcess.RepoRoot, "evals", "suites", name + ".yaml");

    [Fact]
    public void RunReportBlessCompare_OfflineSuite_RoundTripsAndDetectsARegression()
    {
        using var evals = new TempFolder();
        var run = CxProcess.Run("eval", "run", Suite("jobs"), "--evals-dir", evals.Path);
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        Assert.Contains("PASS jobs [offline]", run.StdOut);
        Assert.Contains("model calls: 0", run.StdOut);
        var runDir = Directory.GetDirectories(Path.Combine(evals.Path, "runs")).Single();
        Assert.True(File.Exists(Path.Combine(runDir, "manifest.json")));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(runDir, "manifest.json")))!;
        Assert.Contains(
            "samples/trailhead-outfitters/catalog.yaml",
            manifest["suites"]![0]!["dataHashes"]!.AsObject().Select(p => p.Key)
        );

        var report = CxProcess.Run("eval", "report", "latest", "--evals-dir", evals.Path);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("jtbd", File.ReadAllText(Path.Combine(runDir, "report.md")));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(runDir, "report.html")));

        Assert.Equal(0, CxProcess.Run("eval", "bless", "latest", "--evals-dir", evals.Path).ExitCode);
        var same = CxProcess.Run("eval", "compare", "latest", "--evals-dir", evals.Path);
        Assert.True(same.ExitCode == 0, same.StdOut + same.StdErr);
        Assert.Contains("ok jobs [offline]", same.StdOut);

        // Pretend the baseline was better on one case: the run now regresses against it.
        var baselinePath = Path.Combine(evals.Path, "baselines", "jobs.json");
        var baseline = JsonNode.Parse(File.ReadAllText(baselinePath))!;
        var first = baseline["suite"]!["variants"]![0]!["caseResults"]![0]!;
        first["score"] = 1.5;
        File.WriteAllText(baselinePath, baseline.ToJsonString());
        var worse = CxProcess.Run("eval", "compare", "latest", "--evals-dir", evals.Path);
        Assert.Equal(3, worse.ExitCode);
        Assert.Contains("REGRESSED jobs [offline]", worse.StdOut);
        Assert.Contains("regression   " + first["id"], worse.StdOut);
    }

    [Fact]
    public void Run_UnconfiguredModelProvider_ExitsOneWithMessage()
    {
        using var evals = new TempFolder();
        var result = CxProcess.Run("eval", "run", Suite("jobs"), "--provider", "azure", "--evals-dir", evals.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("provider 'azure' is not configured", result.StdErr);
        Assert.False(Directory.Exists(Path.Combine(evals.Path, "runs")));
    }

    [Fact]
    public void Run_DryRun_EstimatesWithoutRunning()
    {
        using var evals = new TempFolder();
        var result = CxProcess.Run(
            "eval",
            "run",
            Suite("personas"),
            "--provider",
            "offline,openai",
            "--dry-run",
            "--evals-dir",
            evals.Path
        );
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| personas | offline |", result.StdOut);
        Assert.Contains("| personas | persona-card|openai |", result.StdOut);
        Assert.Contains("nothing was called", result.StdOut);
        Assert.False(Directory.Exists(Path.Combine(evals.Path, "runs")));
    }

    [Fact]
    public void Run_BadSuite_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var suite = folder.File(
            "bad.yaml",
            "name: bad\nstage: annotation\ncases:\n  - id: a\n    inputs: { "
                + "records: [ { id: r, text: hi } ] }\n    assert: [ { type: vibes } ]\n"
        );
        var result = CxProcess.Run("eval", "run", suite, "--evals-dir", folder.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.yaml, line 6: unknown assertion type 'vibes'", result.StdErr);
    }
}
