using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.DevTools.Samples;
using CxAssistant.Hosting;
using CxAssistant.Reports;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench`: measures offline `analyze` on generated data. Each size runs in its own child process so the
/// peak working set belongs to that size alone. Times are wall-clock; run on an idle machine.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var sizes = BenchOptions.Sizes(
            "--records",
            "Record counts to measure (repeat or comma-separate).",
            [10_000, 100_000],
            "-n"
        );
        var child = BenchOptions.InProcess();
        var command = new Command("bench", "Benchmark offline analysis throughput and peak memory on generated data.")
        {
            sizes,
            child,
        };
        command.SetAction(
            (result, cancellationToken) =>
            {
                var counts = result.GetRequiredValue(sizes);
                if (result.GetValue(child))
                {
                    return Task.FromResult(Measure(counts[0], cancellationToken));
                }
                Console.WriteLine(
                    "| records | generate (s) | analyse (s) | write reports (s) | total "
                        + "(s) | records/s | CPU (s) | GC pauses (s) | allocated (GiB) | peak "
                        + "working set (MiB) |"
                );
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                if (BenchChild.RunEach("bench", "--records", counts) is var exit and not 0)
                {
                    return Task.FromResult(exit);
                }
                Console.WriteLine(
                    $"machine: {Environment.ProcessorCount} cores, .NET "
                        + $"{Environment.Version}, "
                        + $"{(Debugger.IsAttached ? "debugger attached" : "no debugger")}, load "
                        + $"average {LoadAverage()}"
                );
                return Task.FromResult(ExitCodes.Ok);
            }
        );
        return command;
    }

    /// <summary>Records when each pipeline stage starts, to show where the time goes.</summary>
    private sealed class StageTimer : IProgress<PipelineProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<(string Stage, double At)> _starts = [];

        public void Report(PipelineProgress value)
        {
            lock (_starts)
            {
                if (_starts.Count == 0 || _starts[^1].Stage != value.Stage)
                {
                    _starts.Add((value.Stage, _clock.Elapsed.TotalSeconds));
                }
            }
        }

        public string Summary(double end) =>
            string.Join(
                ", ",
                _starts.Select(
                    (s, i) =>
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{s.Stage} {(i + 1 < _starts.Count ? _starts[i + 1].At : end) - s.At:F2}s"
                        )
                )
            );
    }

    // Other processes on the machine slow the wall times down: the 1-minute load average says how busy it was (Linux).
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    // Collections of each generation so far (a gen2 collection also counts as gen1 and gen0).
    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static int Measure(int count, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateTempSubdirectory("cx-bench-");
        try
        {
            var input = Path.Combine(dir.FullName, "feedback.csv");
            var clock = Stopwatch.StartNew();
            using (var writer = new StreamWriter(input, false, new UTF8Encoding(false), 1 << 16))
            {
                SyntheticDataGenerator.WriteCsv(writer, count, seed: 42);
            }
            var generate = clock.Elapsed.TotalSeconds;
            clock.Restart();
            // CPU time (all threads) next to wall time: on a shared machine wall time mostly measures the neighbours.
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            // Garbage collection is where much of the wall time goes: pauses stop every thread, so allocation counts.
            var (pauseStart, allocatedStart) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var collectionsStart = Collections();
            var stages = new StageTimer();
            var analysis = new AnalysisPipeline().Run(
                new AnalyzeOptions { Paths = [input], Preset = "ecommerce" },
                stages,
                cancellationToken
            );
            var analyse = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"  {count} records, stages: {stages.Summary(analyse)}");
            clock.Restart();
            ReportWriter.WriteAll(
                analysis,
                Path.Combine(dir.FullName, "out"),
                new ReportOptions { Title = "bench" },
                cancellationToken
            );
            var write = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
            var pauses = (GC.GetTotalPauseDuration() - pauseStart).TotalSeconds;
            var allocated = (GC.GetTotalAllocatedBytes() - allocatedStart) / (1024.0 * 1024 * 1024);
            var collections = Collections().Zip(collectionsStart, (now, then) => now - then).ToArray();
            Console.Error.WriteLine(
                $"  garbage collections: gen0 {collections[0]}, gen1 {collections[1]}, gen2 {collections[2]}"
            );
            var total = analyse + write;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {analysis.Records.Count} | {generate:F2} | {analyse:F2} | "
                        + $"{write:F2} | {total:F2} | {analysis.Records.Count / total:F0} | "
                        + $"{cpu:F2} | {pauses:F2} | {allocated:F1} | {peak:F0} |"
                )
            );
            return ExitCodes.Ok;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
