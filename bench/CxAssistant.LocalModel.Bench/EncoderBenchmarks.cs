using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CxAssistant.LocalModel.Bench;

/// <summary>
/// Embedding speed on real texts: 256 short social posts (TweetEval) or 64 long reviews (Yelp) per operation, one
/// thread or both cores. texts/s = texts per operation ÷ mean time.
/// </summary>
/// <remarks>In-process (no generated project to build: on a loaded 2-core machine that build outlasts its
/// timeout).</remarks>
[MemoryDiagnoser]
public class EncoderBenchmarks
{
    /// <summary>One in-process job: one launch, one warm-up, five measured iterations.</summary>
    public static IConfig Config { get; } =
        ManualConfig
            .Create(DefaultConfig.Instance)
            .AddJob(
                Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                    .WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(1)
                    .WithIterationCount(5)
            );

    private string[] _texts = [];
    private Encoder _hashed = null!,
        _static = null!,
        _fullOne = null!,
        _fullAll = null!;

    [Params("short", "long")]
    public string Corpus { get; set; } = "short";

    [GlobalSetup]
    public void Setup()
    {
        _texts =
            Corpus == "short"
                ? [.. Corpora.Rows("tweeteval-sentiment").Take(256).Select(Corpora.Text)]
                : [.. Corpora.Rows("yelp-reviews").Take(64).Select(Corpora.Text)];
        _hashed = Encoders.Hashed();
        _static = Encoders.StaticAsync(new StaticTableOptions()).GetAwaiter().GetResult();
        _fullOne = Encoders.FullAsync(threads: 1).GetAwaiter().GetResult();
        _fullAll = Encoders.FullAsync(threads: 0).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _static.Owner?.Dispose();
        _fullOne.Owner?.Dispose();
        _fullAll.Owner?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int HashedOneThread() => _hashed.Embed(_texts).Length;

    [Benchmark]
    public int HashedBothCores() => BothCores(_hashed);

    [Benchmark]
    public int StaticOneThread() => _static.Embed(_texts).Length;

    [Benchmark]
    public int StaticBothCores() => BothCores(_static);

    [Benchmark]
    public int FullOneThread() => _fullOne.Embed(_texts).Length;

    [Benchmark]
    public int FullBothCores() => _fullAll.Embed(_texts).Length;

    private int BothCores(Encoder encoder)
    {
        var half = _texts.Length / 2;
        var parts = new[] { _texts[..half], _texts[half..] };
        var done = new int[2];
        Parallel.For(0, 2, i => done[i] = encoder.Embed(parts[i]).Length);
        return done.Sum();
    }
}
