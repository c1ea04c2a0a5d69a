namespace CxAssistant.LocalModel.Tests;

[Collection(ModelCollection.Name)]
public sealed class WordPieceTokensTests(ModelFixture model)
{
    [Fact]
    public void Encode_MixedCaseText_LowerCasedWordPiecesFramedByClsAndSep()
    {
        var ids = model.Tokens.Encode("Refund please");

        Assert.Equal(model.Tokens.ClsId, ids[0]);
        Assert.Equal(model.Tokens.SepId, ids[^1]);
        Assert.Equal(["ref", "##und", "please"], ids[1..^1].Select(i => model.Tokens.Vocabulary[i]));
    }

    [Fact]
    public void Encode_TextLongerThanTheLimit_CutAndStillEndsWithSep()
    {
        var ids = model.Tokens.Encode(string.Join(' ', Enumerable.Repeat("delivery", 600)), maxTokens: 16);

        Assert.Equal(16, ids.Length);
        Assert.Equal(model.Tokens.SepId, ids[^1]);
    }
}
