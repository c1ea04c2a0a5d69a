using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class IbanDetectorTests
{
    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("NL91ABNA0417164300")]
    public void Redact_ValidIban_IsFound(string iban) =>
        Assert.Equal([iban], Pii.Found($"Refund to {iban} please. Thanks", PiiType.Iban));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 33")] // bad check digits
    [InlineData("GB82 WEST")] // too short
    [InlineData("XX82 1234 5678 9012 3456")] // unknown country
    [InlineData("DE89370400440532013000123")] // longer than a German IBAN
    public void Redact_InvalidIban_IsIgnored(string text) =>
        Assert.Empty(Pii.Found($"account {text} bounced", PiiType.Iban));

    [Fact]
    public void Redact_IbanContainingCardShapedDigits_IsOneIban()
    {
        var found = Pii.Found("debit from IE29 AIBK 9311 5212 3456 78 twice");
        Assert.Equal([(PiiType.Iban, "IE29 AIBK 9311 5212 3456 78")], found);
    }

    [Theory]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("GB82WEST12345698765433", false)]
    public void IbanMod97_KnownNumbers_MatchesReference(string iban, bool valid) =>
        Assert.Equal(valid, Checksums.IbanMod97(iban));
}
