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

    public static TheoryData<string> VariedTexts() =>
        [
            "Quoted £45, charged £82!! Won't be coming back, going to Halfords.",
            "  leading and trailing spaces\tand tabs\r\nand CRLF lines  ",
            "Café déjà-vu naïve coöperate ÉCOLE",
            "emoji 😡😡 and 👍🏽 and ♥ with no spaces:)",
            "URL https://example.com/a/b?c=d&e=f#frag and email someone@example.org",
            "mixed\u00A0non-breaking\u2003em-space and zero\u200Bwidth",
            "中文字符 and 日本語 in text",
            "[CLS] literal [SEP] tokens and [MASK]",
            "hyphen-ated, apostrophe's, \"quotes\" (brackets) {braces} 1,000.50 #hashtag @handle",
            "",
            "   ",
            "supercalifragilisticexpialidociousandthensomemorecharactersbeyondthememolimit",
        ];

    [Theory]
    [MemberData(nameof(VariedTexts))]
    public void Encode_MemoisedChunks_SameIdsAsTheTokenizerOnTheWholeText(string text)
    {
        // The tokenizer drops tabs and line breaks as control characters (gluing "spaces\tand" into "spaces##and"),
        // where BERT's own basic tokenizer reads them as spaces; the memoised path splits there, as BERT does.
        var expected = Words(model.Tokens.EncodeDirect(text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ')));

        Assert.Equal(expected, Words(model.Tokens.Encode(text)));
        // The second call is served from the memo.
        Assert.Equal(expected, Words(model.Tokens.Encode(text)));
    }

    [Fact]
    public void Encode_TabsAndLineBreaks_SeparateWordsAsBertDoes()
    {
        Assert.Equal(["[CLS]", "late", "again", "never", "[SEP]"], Words(model.Tokens.Encode("late\tagain\r\nnever")));
    }

    [Fact]
    public void Encode_LongTextCut_SameIdsAsTheTokenizerOnTheWholeText()
    {
        var text = string.Concat(Enumerable.Repeat("The courier left it in the rain; unacceptable!! ", 80));

        Assert.Equal(model.Tokens.EncodeDirect(text, 64), model.Tokens.Encode(text, 64));
        Assert.Equal(256, model.Tokens.Encode(text).Length);
    }

    private string[] Words(int[] ids) => [.. ids.Select(i => model.Tokens.Vocabulary[i])];
}
