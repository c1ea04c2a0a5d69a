using System.Diagnostics;

namespace CxAssistant.LocalModel.Bench;

/// <summary>
/// Time to distil the static table from the transformer (no cache), and to read it back from the cache.
/// </summary>
internal static class BuildRun
{
    public static void Run()
    {
        var tokens = WordPieceTokens.Load();
        foreach (var threads in new[] { 1, 0 })
        {
            using var encoder = new TransformerEncoder(tokens, threads);
            var watch = Stopwatch.StartNew();
            var table = StaticTableBuilder.Build(encoder, new StaticTableOptions());
            Console.WriteLine(
                $"static table, {table.Count} tokens × {table.Dimensions}: built in "
                    + $"{watch.Elapsed.TotalSeconds:0.0} s with {(threads == 0 ? "every core" : "1 thread")}"
            );
        }
        var cache = new StaticTableCache(Encoders.CacheDirectory);
        var path = cache.PathFor(StaticTableCache.KeyFor(new StaticTableOptions()));
        if (File.Exists(path))
        {
            var read = Stopwatch.StartNew();
            var cached = StaticTableCache.TryRead(path);
            Console.WriteLine(
                $"cached table read and checked in {read.Elapsed.TotalMilliseconds:0} ms "
                    + $"({new FileInfo(path).Length / 1048576.0:0.0} MiB, {(cached is null ? "corrupt" : "ok")})"
            );
        }
    }
}
