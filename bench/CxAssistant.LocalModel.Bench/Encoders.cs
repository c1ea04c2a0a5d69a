using CxAssistant.Data.Memory.Embeddings;

namespace CxAssistant.LocalModel.Bench;

/// <summary>
/// The encoders compared: today's hashed features, the static table (one per setting) and the transformer.
/// </summary>
internal sealed record Encoder(string Name, Func<IReadOnlyList<string>, float[][]> Embed, IDisposable? Owner = null);

internal static class Encoders
{
    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("CX_MODEL_CACHE") is { Length: > 0 } c
            ? c
            : StaticTableCache.DefaultDirectory;

    public static Encoder Hashed()
    {
        var hashed = new OfflineEmbeddingGenerator();
        return new Encoder("hashed (cx-offline-hash-v1)", texts => [.. texts.Select(hashed.Embed)]);
    }

    public static async Task<Encoder> StaticAsync(StaticTableOptions options)
    {
        var generator = await LocalEmbeddingGenerator.CreateAsync(
            new LocalEncoderOptions
            {
                Mode = LocalEncoderMode.Static,
                Static = options,
                CacheDirectory = CacheDirectory,
            }
        );
        return new Encoder($"static ({options.Key})", texts => Vectors(generator, texts), generator);
    }

    public static async Task<Encoder> FullAsync(int threads = 0)
    {
        var generator = await LocalEmbeddingGenerator.CreateAsync(
            new LocalEncoderOptions { Mode = LocalEncoderMode.Full, IntraOpThreads = threads }
        );
        return new Encoder("full (all-MiniLM-L6-v2)", texts => Vectors(generator, texts), generator);
    }

    private static float[][] Vectors(LocalEmbeddingGenerator generator, IReadOnlyList<string> texts) =>
        [.. generator.GenerateAsync(texts).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())];
}
