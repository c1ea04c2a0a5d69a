using Microsoft.Extensions.AI;

namespace CxAssistant.LocalModel.Tests;

public sealed class CachingEmbeddingGeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cx-vectors-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GenerateAsync_SecondRun_ReadsVectorsBackWithoutTheEncoder()
    {
        using var first = new CachingEmbeddingGenerator(new Counting(), _folder);
        var made = await first.GenerateAsync(["late delivery", "kind staff"]);
        var inner = new Counting();
        using var second = new CachingEmbeddingGenerator(inner, _folder);

        var read = await second.GenerateAsync(["kind staff", "late delivery", "new text"]);

        Assert.Equal(["new text"], inner.Seen);
        Assert.Equal(2, second.Hits);
        Assert.Equal(made[1].Vector.ToArray(), read[0].Vector.ToArray());
        Assert.Equal(made[0].Vector.ToArray(), read[1].Vector.ToArray());
        // Only hashes name the files: no customer text is written.
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories), f =>
            f.Contains("delivery")
        );
    }

    [Fact]
    public async Task GenerateAsync_TornFile_IsRecomputedNotTrusted()
    {
        using var first = new CachingEmbeddingGenerator(new Counting(), _folder);
        await first.GenerateAsync(["late delivery"]);
        var file = Directory.EnumerateFiles(_folder, "*.f32", SearchOption.AllDirectories).Single();
        await File.WriteAllBytesAsync(file, new byte[10]);
        var inner = new Counting();
        using var second = new CachingEmbeddingGenerator(inner, _folder);

        var read = await second.GenerateAsync(["late delivery"]);

        Assert.Equal(["late delivery"], inner.Seen);
        Assert.Equal(Counting.Dimensions, read[0].Vector.Length);
        Assert.Equal(Counting.Dimensions * sizeof(float), new FileInfo(file).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// A deterministic encoder that records which texts reached it (the decorator under test is the cache).
    /// </summary>
    private sealed class Counting : IEmbeddingGenerator<string, Embedding<float>>
    {
        public const int Dimensions = 8;

        public List<string> Seen { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null,
            CancellationToken cancellationToken = default
        )
        {
            var list = values.ToList();
            Seen.AddRange(list);
            return Task.FromResult(
                new GeneratedEmbeddings<Embedding<float>>(
                    list.Select(t => new Embedding<float>(
                        Enumerable.Range(0, Dimensions).Select(d => (float)(t.Length * (d + 1) % 7)).ToArray()
                    ))
                )
            );
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata)
                ? new EmbeddingGeneratorMetadata("test", null, "counting", Dimensions)
                : null;

        public void Dispose() { }
    }
}
