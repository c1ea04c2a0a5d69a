using Microsoft.Extensions.AI;

namespace CxAssistant.LocalModel.Tests;

[Collection(ModelCollection.Name)]
public sealed class LocalEmbeddingGeneratorTests(ModelFixture model)
{
    private static readonly string[] Texts =
    [
        "The waiter was rude and ignored us all evening.",
        "Staff were unfriendly and the server never came back to our table.",
        "My parcel arrived two weeks late.",
        "Can I change the delivery address of my order?",
    ];

    public static TheoryData<string> Modes() => ["static", "full"];

    private IEmbeddingGenerator<string, Embedding<float>> Generator(string mode) =>
        mode == "static"
            ? LocalEmbeddingGenerator.FromTable(model.Tokens, model.Table)
            : LocalEmbeddingGenerator.FromEncoder(model.Encoder, batchSize: 3);

    private static async Task<float[][]> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IEnumerable<string> texts,
        CancellationToken ct = default
    ) => [.. (await generator.GenerateAsync(texts, cancellationToken: ct)).Select(e => e.Vector.ToArray())];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GenerateAsync_SameTextTwice_IdenticalVectors(string mode)
    {
        using var generator = Generator(mode);

        var first = await EmbedAsync(generator, Texts);
        var second = await EmbedAsync(generator, Texts.Reverse());

        Assert.Equal(first[0], second[^1]);
        Assert.Equal(first[2], second[1]);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GenerateAsync_Paraphrase_CloserThanUnrelatedText(string mode)
    {
        using var generator = Generator(mode);

        var v = await EmbedAsync(generator, Texts);

        // The transformer separates them clearly (0.52 against 0.16); averaged static vectors only just
        // (0.20 against 0.16 with the test table of the first 20,000 tokens).
        var margin = mode == "full" ? 0.2 : 0.03;
        Assert.True(
            VectorMath.Cosine(v[0], v[1]) > VectorMath.Cosine(v[0], v[2]) + margin,
            $"rude waiter ~ unfriendly staff {VectorMath.Cosine(v[0], v[1]):0.000}, "
                + $"~ late parcel {VectorMath.Cosine(v[0], v[2]):0.000}"
        );
        Assert.True(VectorMath.Cosine(v[2], v[3]) > VectorMath.Cosine(v[2], v[0]));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GenerateAsync_ConcurrentCallers_SameVectorsAsOneCaller(string mode)
    {
        using var generator = Generator(mode);
        var alone = await EmbedAsync(generator, Texts);

        var together = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(i => Task.Run(() => EmbedAsync(generator, Texts.Skip(i % 4).Concat(Texts.Take(i % 4)))))
        );

        for (var i = 0; i < together.Length; i++)
        {
            for (var j = 0; j < Texts.Length; j++)
            {
                Assert.Equal(alone[(j + i % 4) % 4], together[i][j], new ToleranceComparer(1e-5f));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task GenerateAsync_CancelledToken_Throws(string mode)
    {
        using var generator = Generator(mode);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EmbedAsync(generator, Texts, cancelled.Token));
    }

    [Fact]
    public async Task GenerateAsync_FullModeCancelledMidway_StopsWithoutEmbeddingEverything()
    {
        // 4,000 batches would take minutes; cancelling once the first is under way must end the call.
        using var generator = Generator("full");
        using var cts = new CancellationTokenSource();
        var many = Enumerable.Range(0, 12_000).Select(i => $"{Texts[i % 4]} #{i}");

        var call = EmbedAsync(generator, many, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task TryEmbedInto_Static_WritesTheVectorsGenerateAsyncGives()
    {
        using var generator = LocalEmbeddingGenerator.FromTable(model.Tokens, model.Table);
        string[] texts = [.. Texts, ""];
        var block = new float[texts.Length * 384];

        var wrote = generator.TryEmbedInto(texts, block);

        Assert.True(wrote);
        var expected = await EmbedAsync(generator, texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], block.AsSpan(i * 384, 384).ToArray());
        }
    }

    [Fact]
    public void TryEmbedInto_Full_WritesNothing()
    {
        using var generator = LocalEmbeddingGenerator.FromEncoder(model.Encoder);
        var block = new float[384];

        Assert.False(generator.TryEmbedInto(["A slow delivery."], block));
        Assert.All(block, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Metadata_StaticAndFull_NameTheModelAndItsWidth()
    {
        using var full = LocalEmbeddingGenerator.FromEncoder(model.Encoder);
        using var fast = LocalEmbeddingGenerator.FromTable(model.Tokens, model.Table);

        Assert.Equal(
            ("cx-local", "all-MiniLM-L6-v2", 384),
            (full.Metadata.ProviderName, full.Metadata.DefaultModelId, full.Metadata.DefaultModelDimensions)
        );
        Assert.StartsWith("all-MiniLM-L6-v2-static-", fast.Metadata.DefaultModelId);
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float[]>
    {
        public bool Equals(float[]? x, float[]? y) =>
            x!.Length == y!.Length && x.Zip(y).All(p => Math.Abs(p.First - p.Second) <= tolerance);

        public int GetHashCode(float[] obj) => obj.Length;
    }
}
