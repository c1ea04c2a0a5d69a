using System.Diagnostics;
using System.Text.RegularExpressions;
using CxAssistant.Data.Workspace;

namespace CxAssistant.Cli.Tests;

/// <summary>
/// End-to-end: `cx ingest` and `cx analyze --workspace` as a user runs them, including a killed import.
/// </summary>
public sealed partial class IngestCommandTests
{
    private const string Sample = "samples/trailhead-outfitters";

    [Fact]
    public void Ingest_SameFolderTwice_SecondRunAddsNothingAndTotalStays()
    {
        using var temp = new TempFolder();
        var ws = Path.Combine(temp.Path, "ws");

        var first = CxProcess.Run("ingest", Sample, "--workspace", ws);
        var second = CxProcess.Run("ingest", Sample, "--workspace", ws);

        Assert.True(first.ExitCode == 0, first.StdErr + first.StdOut);
        Assert.True(second.ExitCode == 0, second.StdErr + second.StdOut);
        var total = Totals(first.StdOut);
        Assert.True(total.Added > 0, first.StdOut);
        Assert.Equal(
            (0, 0, total.Records),
            (Totals(second.StdOut).Added, Totals(second.StdOut).Duplicates, Totals(second.StdOut).Records)
        );
        Assert.Contains("nps-survey.csv: already imported", second.StdOut, StringComparison.Ordinal);
        Assert.Equal(total.Added, total.Records);
    }

    [Fact]
    public void AnalyzeWorkspace_AfterIngestOfSample_WritesTheSameAnnotationsAsAnalysingTheFolder()
    {
        using var temp = new TempFolder();
        var ws = Path.Combine(temp.Path, "ws");
        var fromFiles = Path.Combine(temp.Path, "files");
        var fromWorkspace = Path.Combine(temp.Path, "workspace");

        var ingest = CxProcess.Run("ingest", Sample, "--workspace", ws, "--quiet");
        var files = CxProcess.Run("analyze", Sample, "--out", fromFiles, "--quiet");
        // The folder's catalog.yaml was adopted by the workspace at ingest, so no --catalog is needed.
        var workspace = CxProcess.Run("analyze", "--workspace", ws, "--out", fromWorkspace, "--quiet");

        Assert.True(ingest.ExitCode == 0, ingest.StdErr);
        Assert.Contains("touchpoint catalog", ingest.StdOut, StringComparison.Ordinal);
        Assert.True(files.ExitCode == 0, files.StdErr);
        Assert.True(workspace.ExitCode == 0, workspace.StdErr);
        var expected = File.ReadAllLines(Path.Combine(fromFiles, "annotations.csv"));
        var actual = File.ReadAllLines(Path.Combine(fromWorkspace, "annotations.csv"));
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Analyze_NeitherPathsNorWorkspace_FailsWithMessage()
    {
        var result = CxProcess.Run("analyze");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--workspace", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWorkspace_EmptyFolder_FailsAndAsksForIngest()
    {
        using var temp = new TempFolder();

        var result = CxProcess.Run("analyze", "--workspace", temp.Path, "--out", Path.Combine(temp.Path, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cx ingest", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnreadableFileAmongGoodOnes_ExitsTwoAndImportsTheRest()
    {
        using var temp = new TempFolder();
        temp.File("data/good.csv", "id,comment\n1,The parcel came late\n");
        temp.File("data/bad.json", "{ not json");

        var result = CxProcess.Run(
            "ingest",
            Path.Combine(temp.Path, "data"),
            "--workspace",
            Path.Combine(temp.Path, "ws")
        );

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.json", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(1, Totals(result.StdOut).Records);
    }

    /// <summary>
    /// The Must-show: a real `cx ingest` of a large file is killed (whole process tree) once it reports inserting,
    /// then re-run; the workspace must hold exactly what a clean import into a fresh workspace holds.
    /// </summary>
    [Fact]
    public async Task Ingest_KilledMidImportThenRerun_EndsWithExactlyOneCleanImport()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "big.csv");
        var killed = Path.Combine(temp.Path, "killed");
        var clean = Path.Combine(temp.Path, "clean");
        Assert.Equal(0, CxProcess.Run("generate", "--records", "200000", "--out", data).ExitCode);

        var progressBeforeKill = KillWhenInserting("ingest", data, "--workspace", killed);
        using (var afterKill = EvidenceWorkspace.Open(killed))
        {
            // The file's transaction never committed, so none of its rows may be visible.
            Assert.DoesNotContain("records saved", progressBeforeKill, StringComparison.Ordinal);
            Assert.Equal(0, await afterKill.CountRecordsAsync());
        }
        var rerun = CxProcess.Run("ingest", data, "--workspace", killed, "--quiet", "--no-index");
        var fresh = CxProcess.Run("ingest", data, "--workspace", clean, "--quiet", "--no-index");

        Assert.True(rerun.ExitCode == 0, rerun.StdErr);
        Assert.True(fresh.ExitCode == 0, fresh.StdErr);
        using var resumed = EvidenceWorkspace.Open(killed);
        using var reference = EvidenceWorkspace.Open(clean);
        var resumedIds = (await resumed.LoadAsync()).Records.Select(r => r.Id).ToList();
        var referenceIds = (await reference.LoadAsync()).Records.Select(r => r.Id).ToList();
        Assert.Equal(200_000, referenceIds.Count);
        Assert.Equal(referenceIds.Count, resumedIds.Count);
        Assert.Equal(referenceIds.ToHashSet(StringComparer.Ordinal), resumedIds.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ingest_QdrantUnreachable_KeepsRecordsExitsTwoAndReindexesLater()
    {
        using var temp = new TempFolder();
        var ws = Path.Combine(temp.Path, "ws");
        var down = new Dictionary<string, string>
        {
            ["CxAssistant__VectorStore__Provider"] = "Qdrant",
            ["CxAssistant__VectorStore__Qdrant__Url"] = "http://127.0.0.1:9",
        };

        var failed = CxProcess.RunWith(down, "ingest", Sample, "--workspace", ws, "--quiet");
        var retry = CxProcess.Run("ingest", Sample, "--workspace", ws, "--quiet");

        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("http://127.0.0.1:9", failed.StdErr, StringComparison.Ordinal);
        Assert.Contains("records are safe", failed.StdErr, StringComparison.Ordinal);
        using (var workspace = EvidenceWorkspace.Open(ws))
        {
            Assert.True(await workspace.CountRecordsAsync() > 100);
        }
        Assert.Equal(0, retry.ExitCode);
        Assert.Contains("new chunk(s) for search", retry.StdErr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts cx, waits (bounded) for a progress line showing rows inserted, kills the process tree; returns stderr
    /// seen so far.
    /// </summary>
    private static string KillWhenInserting(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CxProcess.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cx.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var seen = new System.Text.StringBuilder();
        using var inserting = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (seen)
            {
                seen.AppendLine(e.Data);
            }
            if (
                WrittenRows().Match(e.Data) is { Success: true } m
                && int.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) > 0
            )
            {
                inserting.Set();
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var started = inserting.Wait(TimeSpan.FromMinutes(2));
        var wasRunning = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        string output;
        lock (seen)
        {
            output = seen.ToString();
        }
        Assert.True(started && wasRunning, "cx ingest did not reach the insert stage while running:\n" + output);
        return output;
    }

    private static (int Added, int Duplicates, int Records) Totals(string stdout)
    {
        var m = TotalsLine().Match(stdout);
        Assert.True(m.Success, stdout);
        return (
            int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    /// <summary>
    /// The progress line in the middle of a file: "big.csv: 10,000 of 200,000 records written so far".
    /// </summary>
    [GeneratedRegex(@"([\d,]+) of [\d,]+ records written so far")]
    private static partial Regex WrittenRows();

    [GeneratedRegex(@"(\d+) added, (\d+) duplicates, .*; (\d+) records in the workspace")]
    private static partial Regex TotalsLine();
}
