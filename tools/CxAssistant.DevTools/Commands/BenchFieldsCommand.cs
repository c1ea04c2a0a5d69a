using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Hosting;
using CxAssistant.Ingestion;
using CxAssistant.Reports;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench-fields`: time and peak memory of a file holding one record whose text is 1 KB … 16 MB, with the field
/// limit lifted so the whole text goes through every stage. Linear stages give a constant MB/s. Each size runs in its
/// own child process so its peak working set is its own.
/// </summary>
public static class BenchFieldsCommand
{
    private static readonly string[] Words =
    [
        "the",
        "order",
        "arrived",
        "late",
        "and",
        "support",
        "never",
        "called",
        "back",
        "refund",
        "took",
        "weeks",
        "great",
        "staff",
        "but",
        "checkout",
        "was",
        "confusing",
        "price",
        "delivery",
        "app",
        "crashed",
        "again",
        "love",
    ];

    public static Command Create()
    {
        var sizes = BenchOptions.Sizes(
            "--kib",
            "Field sizes in KiB (repeat or comma-separate).",
            [1, 64, 1024, 4096, 16384]
        );
        var child = BenchOptions.InProcess();
        var command = new Command(
            "bench-fields",
            "Benchmark one record of growing size through reading, analysis and reports (linear growth check)."
        )
        {
            sizes,
            child,
        };
        command.SetAction(
            (result, cancellationToken) =>
            {
                var kib = result.GetRequiredValue(sizes);
                if (result.GetValue(child))
                {
                    return Task.FromResult(Measure(kib[0], cancellationToken));
                }
                Console.WriteLine(
                    "| field | read (s) | analyse (s) | reports (s) | total (s) | CPU (s) |"
                        + " CPU s per MiB | peak working set (MiB) |"
                );
                Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
                return Task.FromResult(BenchChild.RunEach("bench-fields", "--kib", kib));
            }
        );
        return command;
    }

    private static int Measure(int kib, CancellationToken cancellationToken)
    {
        var dir = Directory.CreateTempSubdirectory("cx-bench-fields-");
        try
        {
            var input = Path.Combine(dir.FullName, "one-record.csv");
            WriteRecord(input, kib * 1024);
            var unlimited = IngestOptions.Default with { MaxFieldChars = int.MaxValue, MaxRecordChars = int.MaxValue };
            var options = new AnalyzeOptions { Paths = [input], Ingest = unlimited };
            // CPU time next to wall time: on a shared machine wall time mostly measures the neighbours.
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var ingest = new EvidenceLoader().Load([input], unlimited, cancellationToken);
            var read = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var analysis = new AnalysisPipeline().Analyse(ingest, options, null, cancellationToken);
            var analyse = clock.Elapsed.TotalSeconds;
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
            var total = read + analyse + write;
            var label = kib >= 1024 ? $"{kib / 1024} MiB" : $"{kib} KiB";
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {label} | {read:F2} | {analyse:F2} | {write:F2} | {total:F2} | "
                        + $"{cpu:F2} | {cpu / (kib / 1024.0):F2} | {peak:F0} |"
                )
            );
            return ExitCodes.Ok;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A CSV with a header and one record whose comment is <paramref name="bytes"/> long (deterministic words).
    /// </summary>
    private static void WriteRecord(string path, int bytes)
    {
        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("id,comment\n1,\"");
        var written = 0;
        while (written < bytes)
        {
            var word = Words[random.Next(Words.Length)];
            writer.Write(word);
            writer.Write(random.Next(12) == 0 ? ". " : " ");
            written += word.Length + 1;
        }
        writer.Write("\"\n");
    }
}
