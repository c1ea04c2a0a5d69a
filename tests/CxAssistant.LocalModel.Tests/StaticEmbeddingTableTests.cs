namespace CxAssistant.LocalModel.Tests;

[Collection(ModelCollection.Name)]
public sealed class StaticEmbeddingTableTests(ModelFixture model)
{
    [Fact]
    public void Embed_TextOfOnlyFraming_ZeroVector()
    {
        var v = model.Table.Embed(model.Tokens.Encode(""));

        Assert.All(v, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void Embed_SameTokensInAnyOrder_SameUnitVector()
    {
        var a = model.Table.Embed(model.Tokens.Encode("cold food slow service"));
        var b = model.Table.Embed(model.Tokens.Encode("slow service cold food"));

        Assert.Equal(1.0, VectorMath.Cosine(a, b), 1e-5);
        Assert.Equal(1.0, Math.Sqrt(a.Sum(x => (double)x * x)), 1e-4);
    }

    [Fact]
    public void Build_SpecialTokens_ZeroRowsAndStaticRowsAgreeWithTheirOneTokenSentence()
    {
        Assert.All(model.Table.Row(model.Tokens.ClsId).ToArray(), x => Assert.Equal(0f, x));
        var unweighted = StaticTableBuilder.Build(
            model.Encoder,
            new StaticTableOptions { Weighting = StaticWeighting.None, Center = false },
            limit: 3000
        );
        var id = model.Tokens.Encode("food")[1];
        var full = model.Encoder.Encode([
            [model.Tokens.ClsId, id, model.Tokens.SepId],
        ])[0];

        Assert.Equal(1.0, VectorMath.Cosine(unweighted.Row(id), full), 1e-5);
    }
}
