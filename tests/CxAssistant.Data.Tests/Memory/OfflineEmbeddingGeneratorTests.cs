using System.Numerics.Tensors;
using CxAssistant.Data.Memory;
using CxAssistant.Data.Memory.Embeddings;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Tests.Memory;

public sealed class OfflineEmbeddingGeneratorTests
{
    private readonly OfflineEmbeddingGenerator _generator = new();

    [Fact]
    public async Task GenerateAsync_SameText_SameVector()
    {
        var a = await _generator.GenerateVectorAsync("The parcel arrived two weeks late.");
        var b = await new OfflineEmbeddingGenerator().GenerateVectorAsync("The parcel arrived two weeks late.");
        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.Equal(EvidenceChunkRecord.Dimensions, a.Length);
    }

    [Fact]
    public void Embed_AnyText_UnitLength()
    {
        Assert.Equal(1f, TensorPrimitives.Norm(_generator.Embed("Checkout added a surprise handling fee")), 3);
        Assert.Equal(0f, TensorPrimitives.Norm(_generator.Embed("")));
    }

    [Theory]
    [InlineData("my delivery was late", "the parcel was delayed by a week", "the croissants taste amazing")]
    [InlineData(
        "refund still not processed",
        "still waiting for my money back",
        "friendly barista explained the beans"
    )]
    [InlineData("app crashes at payment", "the app crashed when I tried to pay", "tent kept us dry in the storm")]
    [InlineData("delivery was late", "delivry was lat", "staff were friendly")]
    [InlineData("cancelled subscription", "canceled my subscripton", "the croissants taste amazing")]
    public void Embed_Paraphrase_CloserThanUnrelated(string query, string paraphrase, string unrelated)
    {
        var q = _generator.Embed(query);
        Assert.True(
            TensorPrimitives.Dot(q, _generator.Embed(paraphrase))
                > TensorPrimitives.Dot(q, _generator.Embed(unrelated)) + 0.05f
        );
    }

    [Fact]
    public async Task GenerateAsync_Batch_OneEmbeddingPerInputInOrder()
    {
        var texts = new[] { "one", "two words", "three little words" };
        var embeddings = await _generator.GenerateAsync(texts);
        Assert.Equal(texts.Length, embeddings.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(_generator.Embed(texts[i]), embeddings[i].Vector.ToArray());
        }
    }

    [Fact]
    public void GetService_Metadata_ReportsModelAndDimensions()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal(OfflineEmbeddingGenerator.ModelId, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }
}
