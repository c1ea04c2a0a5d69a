using CxAssistant.Data.Workspace;

namespace CxAssistant.Cli.Tests.Hostile;

/// <summary>
/// Two `cx ingest` of the same file into one workspace at once: one imports it, the other says so; never a stack trace.
/// </summary>
public sealed class ConcurrentIngestTests
{
    [Fact]
    public async Task Ingest_SameFileTwiceAtOnce_OneImportsTheOtherReportsAlreadyImported()
    {
        using var folder = new TempFolder();
        var data = folder.File(
            "data/feedback.csv",
            "id,comment\n"
                + string.Concat(
                    Enumerable
                        .Range(1, 20_000)
                        .Select(i => $"{i},Delivery number {i} was late and support never called back\n")
                )
        );
        var workspace = Path.Combine(folder.Path, "ws");
        Assert.Equal(
            0,
            CxProcess
                .Run(
                    "ingest",
                    folder.File("seed.csv", "id,comment\n1,First import creates the workspace\n"),
                    "--workspace",
                    workspace,
                    "--no-index",
                    "--quiet"
                )
                .ExitCode
        );

        var runs = await Task.WhenAll(
            Enumerable
                .Range(0, 2)
                .Select(_ => Task.Run(() => CxProcess.Run("ingest", data, "--workspace", workspace, "--no-index")))
        );

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.All(runs, r => Assert.DoesNotContain("Exception", r.StdErr, StringComparison.Ordinal));
        Assert.Single(runs, r => r.StdOut.Contains("20000 added", StringComparison.Ordinal));
        Assert.Single(runs, r => r.StdOut.Contains("1 file(s) already imported", StringComparison.Ordinal));
        using var ws = EvidenceWorkspace.Open(workspace);
        Assert.Equal(20_001, await ws.CountRecordsAsync());
    }
}
