using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.DevTools.Samples;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Memory;
using CxAssistant.Ingestion;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench-ingest`: measures `cx ingest` end to end on generated feedback — import into a fresh workspace, then the
/// search index (redact, chunk, tag, offline embeddings, vectors, FTS) — plus a re-import that must add nothing.
/// Wall-clock on whatever else the machine is doing; run it on an idle one.
/// </summary>
public static class BenchIngestCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records", "-n")
        {
            Description = "Generated records to ingest.",
            DefaultValueFactory = _ => 100_000,
        };
        var command = new Command(
            "bench-ingest",
            "Benchmark ingest throughput (import + offline embeddings + search index) on generated data."
        )
        {
            records,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(records), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, CancellationToken cancellationToken)
    {
        if (count < 1)
        {
            Console.Error.WriteLine("error: --records must be at least 1.");
            return ExitCodes.Failed;
        }
        var dir = Directory.CreateTempSubdirectory("cx-bench-ingest-");
        try
        {
            var input = Path.Combine(dir.FullName, "feedback.csv");
            using (var writer = new StreamWriter(input, false, new UTF8Encoding(false), 1 << 16))
            {
                SyntheticDataGenerator.WriteCsv(writer, count, seed: 42);
            }

            using var workspace = EvidenceWorkspace.Open(Path.Combine(dir.FullName, "ws"));
            var clock = Stopwatch.StartNew();
            var import = await workspace
                .IngestAsync([input], new IngestOptions(), null, cancellationToken)
                .ConfigureAwait(false);
            var importSeconds = clock.Elapsed.TotalSeconds;

            clock.Restart();
            long chunks;
            using (
                var search = await WorkspaceSearch
                    .OpenAsync(workspace, SearchIndexOptions.Offline, cancellationToken: cancellationToken)
                    .ConfigureAwait(false)
            )
            {
                chunks = await search.Index.CountAsync(cancellationToken).ConfigureAwait(false);
            }
            var indexSeconds = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var again = await workspace
                .IngestAsync([input], new IngestOptions(), null, cancellationToken)
                .ConfigureAwait(false);
            var reimportSeconds = clock.Elapsed.TotalSeconds;

            var total = importSeconds + indexSeconds;
            Console.WriteLine(
                "| records | chunks | import (s) | index (s) | total (s) | records/s | "
                    + "re-import adds | re-import (s) | peak working set (MiB) |"
            );
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {import.Added:N0} | {chunks:N0} | {importSeconds:F2} | "
                        + $"{indexSeconds:F2} | {total:F2} | {import.Added / total:N0} | "
                        + $"{again.Added} | {reimportSeconds:F2} | "
                        + $"{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} |"
                )
            );
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            return ExitCodes.Ok;
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            { /* a temp folder left behind is not worth failing the benchmark */
            }
        }
    }
}
