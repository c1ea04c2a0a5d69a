namespace CxAssistant.Ingestion.Tests;

public sealed class EvidenceIdsTests
{
    [Fact]
    public void ContentHash_KnownInput_MatchesSha256Prefix()
    {
        // sha256("survey.csv\n7\nslow delivery") — pins the id scheme so stored ids stay valid across releases.
        var expected = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData("survey.csv\n7\nslow delivery"u8)
        )[..16];

        Assert.Equal(expected, EvidenceIds.ContentHash("Survey.csv", "7", "slow delivery"));
    }

    [Fact]
    public void ContentHash_WhitespaceDifferences_SameId()
    {
        Assert.Equal(
            EvidenceIds.ContentHash("a.csv", "1", "slow delivery"),
            EvidenceIds.ContentHash("a.csv", " 1", "  slow \n\t delivery ")
        );
    }

    [Theory]
    [InlineData("slow\u00A0delivery")]
    [InlineData("slow\tdelivery")]
    [InlineData("slow\u3000delivery")]
    [InlineData("slow\u2009delivery")]
    [InlineData("slow  delivery")]
    [InlineData("slow delivery\n")]
    public void ContentHash_AnyWhitespaceRun_IsOneSpace(string text)
    {
        var expected = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData("a.csv\n1\nslow delivery"u8)
        )[..16];

        Assert.Equal(expected, EvidenceIds.ContentHash("a.csv", "1", text));
    }

    [Fact]
    public void ContentHash_FilesInTurn_EachHashedWithItsOwnName()
    {
        var first = EvidenceIds.ContentHash("A.csv", "1", "same");
        var second = EvidenceIds.ContentHash("B.csv", "1", "same");

        Assert.NotEqual(first, second);
        Assert.Equal(first, EvidenceIds.ContentHash(new string("a.csv"), "1", "same"));
        Assert.Equal(second, EvidenceIds.ContentHash("b.csv", "1", "same"));
    }

    [Fact]
    public void ContentHash_DifferentRecordIds_DifferentIds()
    {
        Assert.NotEqual(EvidenceIds.ContentHash("a.csv", "1", "same"), EvidenceIds.ContentHash("a.csv", "2", "same"));
    }

    [Fact]
    public void ContentHash_LongText_UsesPooledBuffer()
    {
        var text = new string('x', 5000);

        Assert.Equal(16, EvidenceIds.ContentHash("a.csv", "1", text).Length);
        Assert.Equal(EvidenceIds.ContentHash("a.csv", "1", text), EvidenceIds.ContentHash("a.csv", "1", text));
    }
}
