using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Hosting;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench-search`: latency and memory of the embedded vector index on seeded random unit vectors
/// (384 dims, top 10), float32 exact scan versus int8 scan + float32 re-rank. Random vectors are the
/// hardest case for quantisation (neighbours are barely closer than strangers), so agreement here is a floor.
/// </summary>
public static class BenchSearchCommand
{
    public static Command Create()
    {
        var sizes = BenchOptions.Sizes(
            "--sizes",
            "Vector counts to measure (comma-separated); 1000000 needs about 2 GiB.",
            [10_000, 100_000]
        );
        var queries = new Option<int>("--queries")
        {
            Description = "Queries per size.",
            DefaultValueFactory = _ => 200,
        };
        var single = new Option<bool>("--single-thread") { Description = "Scan on one core (no parallel split)." };
        var command = new Command(
            "bench-search",
            "Benchmark embedded vector search latency and memory on random vectors."
        )
        {
            sizes,
            queries,
            single,
        };
        command.SetAction(
            (result, cancellationToken) =>
            {
                Console.WriteLine(
                    "| vectors | mode | p50 (ms) | p99 (ms) | bytes/vector | managed heap "
                        + "(MiB) | working set (MiB) | top-1 = exact |"
                );
                Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|");
                foreach (var size in result.GetRequiredValue(sizes))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Measure(size, result.GetValue(queries), result.GetValue(single), cancellationToken);
                }
                Console.WriteLine(
                    $"machine: {Environment.ProcessorCount} cores "
                        + $"({(result.GetValue(single) ? "single-threaded scan" : "parallel scan")}), "
                        + $".NET {Environment.Version}, top 10, {EvidenceChunkRecord.Dimensions} "
                        + $"dims"
                );
                return Task.FromResult(ExitCodes.Ok);
            }
        );
        return command;
    }

    private static void Measure(int size, int queryCount, bool singleThread, CancellationToken cancellationToken)
    {
        const int top = 10;
        var dims = EvidenceChunkRecord.Dimensions;
        var random = new Random(42 + size);
        var index = new FlatVectorIndex(dims, quantise: true, capacity: size)
        {
            ParallelThreshold = singleThread ? int.MaxValue : 32_768,
        };
        var buffer = new float[dims];
        for (var i = 0; i < size; i++)
        {
            Fill(random, buffer);
            index.Add(buffer);
        }
        var queries = Enumerable
            .Range(0, queryCount)
            .Select(_ =>
            {
                var q = new float[dims];
                Fill(random, q);
                return q;
            })
            .ToArray();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapMiB = GC.GetTotalMemory(forceFullCollection: false) / 1048576.0;
        var workingSetMiB = Process.GetCurrentProcess().WorkingSet64 / 1048576.0;

        var exactTop1 = new int[queryCount];
        var floatTimes = Time(
            queries,
            q => index.Search(q, top, useQuantised: false, cancellationToken: cancellationToken),
            (i, r) => exactTop1[i] = r[0].Slot,
            cancellationToken
        );
        var agree = 0;
        var int8Times = Time(
            queries,
            q => index.Search(q, top, useQuantised: true, cancellationToken: cancellationToken),
            (i, r) => agree += r[0].Slot == exactTop1[i] ? 1 : 0,
            cancellationToken
        );

        var floatBytes = dims * sizeof(float);
        Row(size, "float32 exact", floatTimes, floatBytes, heapMiB, workingSetMiB, "-");
        Row(
            size,
            "int8 + re-rank",
            int8Times,
            index.BytesPerVector,
            heapMiB,
            workingSetMiB,
            string.Create(CultureInfo.InvariantCulture, $"{100.0 * agree / queryCount:F1}%")
        );
    }

    private static double[] Time(
        float[][] queries,
        Func<float[], List<ScoredSlot>> search,
        Action<int, List<ScoredSlot>> check,
        CancellationToken cancellationToken
    )
    {
        for (var i = 0; i < Math.Min(20, queries.Length); i++)
        {
            search(queries[i]); // warm-up: JIT and caches
        }
        var times = new double[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            var result = search(queries[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            check(i, result);
        }
        Array.Sort(times);
        return times;
    }

    private static void Row(
        int size,
        string mode,
        double[] sorted,
        int bytesPerVector,
        double heapMiB,
        double workingSetMiB,
        string agreement
    ) =>
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| {size:N0} | {mode} | {Percentile(sorted, 0.50):F3} | "
                    + $"{Percentile(sorted, 0.99):F3} | {bytesPerVector:N0} | {heapMiB:F0} | "
                    + $"{workingSetMiB:F0} | {agreement} |"
            )
        );

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Fill(Random random, float[] vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = random.NextSingle() * 2f - 1f;
        }
    }
}
