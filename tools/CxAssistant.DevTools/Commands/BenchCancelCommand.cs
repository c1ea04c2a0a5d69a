using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxAssistant.Agents.Configuration;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Data.Workspace;
using CxAssistant.DevTools.Samples;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Memory;
using CxAssistant.Reports;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench-cancel`: how long each stage takes to stop after its cancellation token fires (what Ctrl-C does in the CLI
/// and Cancel or shutdown does for a web job: both cancel the same token into the same engine code). Each stage is
/// cancelled a fixed delay after it starts; the latency is from the cancel to the OperationCanceledException.
/// </summary>
public static class BenchCancelCommand
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(150);

    public static Command Create()
    {
        var records = new Option<int>("--records", "-n")
        {
            Description = "Generated records.",
            DefaultValueFactory = _ => 100_000,
        };
        var command = new Command(
            "bench-cancel",
            "Benchmark how fast each analysis and import stage stops when cancelled."
        )
        {
            records,
        };
        command.SetAction(
            async (result, cancellationToken) =>
            {
                var dir = Directory.CreateTempSubdirectory("cx-bench-cancel-");
                try
                {
                    var input = Path.Combine(dir.FullName, "feedback.csv");
                    using (var writer = new StreamWriter(input, false, new UTF8Encoding(false), 1 << 16))
                    {
                        SyntheticDataGenerator.WriteCsv(writer, result.GetValue(records), seed: 42);
                    }
                    Console.WriteLine("| stage | cancelled after (s) | stopped within (ms) |");
                    Console.WriteLine("|---|---:|---:|");
                    string[] stages =
                    [
                        "Reading files",
                        "Annotating",
                        "Discovering touchpoints",
                        "Drafting personas, jobs, job states and hypotheses",
                    ];
                    foreach (var stage in stages)
                    {
                        Row("analyze: " + stage, Analyse(input, stage));
                    }
                    Row("analyze: Writing reports", WriteReports(input, dir.FullName));
                    foreach (var stage in new[] { "Reading", "Inserting" })
                    {
                        Row(
                            "ingest: " + stage,
                            await IngestAsync(input, Path.Combine(dir.FullName, "ws-" + stage), stage)
                        );
                    }
                    Row("ingest: Indexing", await IndexAsync(input, Path.Combine(dir.FullName, "ws-index")));
                    return ExitCodes.Ok;
                }
                finally
                {
                    dir.Delete(recursive: true);
                }
            }
        );
        return command;
    }

    private static void Row(string stage, (double After, double Latency) m) =>
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"| {stage} | {m.After:F2} | {m.Latency * 1000:F0} |")
        );

    /// <summary>
    /// Cancels <see cref="Delay"/> after <paramref name="stage"/> is reported; returns when it fired and how long the
    /// stop took.
    /// </summary>
    private static (double After, double Latency) Measure(
        Action<IProgress<string>, CancellationToken> run,
        string stage
    )
    {
        using var cts = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        double cancelledAt = -1;
        cts.Token.Register(() => cancelledAt = clock.Elapsed.TotalSeconds);
        var progress = new StageTrigger(stage, () => cts.CancelAfter(Delay));
        try
        {
            run(progress, cts.Token);
        }
        catch (OperationCanceledException)
        {
            return (cancelledAt, clock.Elapsed.TotalSeconds - cancelledAt);
        }
        // The work ended without noticing the cancel: the latency is how long it ran on after the cancel.
        return (cancelledAt, cancelledAt < 0 ? double.NaN : clock.Elapsed.TotalSeconds - cancelledAt);
    }

    private static (double, double) Analyse(string input, string stage) =>
        Measure(
            (progress, token) =>
                new AnalysisPipeline().Run(
                    new AnalyzeOptions { Paths = [input] },
                    new Adapter<PipelineProgress>(p => progress.Report(p.Stage)),
                    token
                ),
            stage
        );

    private static (double, double) WriteReports(string input, string dir)
    {
        var analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [input] });
        return Measure(
            (progress, token) =>
            {
                progress.Report("Writing reports");
                ReportWriter.WriteAll(analysis, Path.Combine(dir, "out"), new ReportOptions(), token);
            },
            "Writing reports"
        );
    }

    private static Task<(double, double)> IngestAsync(string input, string folder, string stage) =>
        Task.Run(() =>
            Measure(
                (progress, token) =>
                {
                    using var workspace = EvidenceWorkspace.Open(folder);
                    workspace
                        .IngestAsync(
                            [input],
                            Ingestion.IngestOptions.Default,
                            new Adapter<WorkspaceProgress>(p => progress.Report(p.Stage)),
                            token
                        )
                        .GetAwaiter()
                        .GetResult();
                },
                stage
            )
        );

    private static async Task<(double, double)> IndexAsync(string input, string folder)
    {
        using (var workspace = EvidenceWorkspace.Open(folder))
        {
            await workspace.IngestAsync([input], Ingestion.IngestOptions.Default);
        }
        return Measure(
            (progress, token) =>
            {
                using var workspace = EvidenceWorkspace.Open(folder);
                var options = WorkspaceSearch.ReadOptions(CxConfiguration.Load(), out var providers);
                using var owns = providers;
                progress.Report("Indexing");
                using var search = WorkspaceSearch
                    .OpenAsync(workspace, options, cancellationToken: token)
                    .GetAwaiter()
                    .GetResult();
            },
            "Indexing"
        );
    }

    private sealed class StageTrigger(string stage, Action fire) : IProgress<string>
    {
        private int _fired;

        public void Report(string value)
        {
            if (value == stage && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                fire();
            }
        }
    }

    private sealed class Adapter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
