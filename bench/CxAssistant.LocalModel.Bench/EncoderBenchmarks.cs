using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace CxAssistant.LocalModel.Bench;

/// <summary>
/// Embedding speed on real texts: 256 short social posts (TweetEval) or 64 long reviews (Yelp) per operation, one
/// thread or both cores. texts/s = texts per operation ÷ mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EncoderBenchmarks
{
    private string[] _texts = [];
    private Encoder _hashed = null!, _static = null!, _fullOne = null!, _fullAll = null!;

    [Params("short", "long")]
    public string Corpus { get; set; } = "short";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus == "short"
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
