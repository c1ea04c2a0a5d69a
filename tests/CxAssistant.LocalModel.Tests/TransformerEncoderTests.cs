namespace CxAssistant.LocalModel.Tests;

[Collection(ModelCollection.Name)]
public sealed class TransformerEncoderTests(ModelFixture model)
{
    private float[][] Embed(params string[] texts) =>
        model.Encoder.Encode([.. texts.Select(t => model.Tokens.Encode(t))]);

    [Fact]
    public void Encode_ReferenceSentences_MatchSentenceTransformersCosines()
    {
        // sentence-transformers' quickstart prints this matrix for all-MiniLM-L6-v2:
        // [[1.0000, 0.6660, 0.1046], [0.6660, 1.0000, 0.1411], [0.1046, 0.1411, 1.0000]]
        var v = Embed("The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium.");

        Assert.Equal(0.6660, VectorMath.Cosine(v[0], v[1]), 0.002);
        Assert.Equal(0.1046, VectorMath.Cosine(v[0], v[2]), 0.002);
        Assert.Equal(0.1411, VectorMath.Cosine(v[1], v[2]), 0.002);
    }

    [Fact]
    public void Encode_PaddedInABatchWithALongerText_SameVectorAsAlone()
    {
        const string shortText = "The delivery was late.";
        var alone = Embed(shortText)[0];
        const string longText = "A much longer text about refunds, couriers and a parcel that never came to the door.";
        var batched = Embed(shortText, longText)[0];

        Assert.Equal(1.0, VectorMath.Cosine(alone, batched), 1e-5);
    }

    [Fact]
    public void Encode_AnyText_UnitLength384()
    {
        var v = Embed("Quoted £45, charged £82.")[0];

        Assert.Equal(MiniLmResources.Dimensions, v.Length);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 1e-4);
    }

    [Fact]
    public void Encode_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            model.Encoder.Encode([model.Tokens.Encode("hello")], cancelled.Token)
        );
    }
}
