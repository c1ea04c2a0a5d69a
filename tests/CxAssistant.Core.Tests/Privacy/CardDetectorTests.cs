using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class CardDetectorTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("5555555555554444")]
    [InlineData("3782 822463 10005")]
    [InlineData("6011 1111 1111 1117")]
    [InlineData("2223 0031 2200 3222")]
    [InlineData("3530 1113 3330 0000")]
    public void Redact_LuhnValidCard_IsFound(string card) =>
        Assert.Equal([card], Pii.Found($"charged to {card} twice", PiiType.Card));

    [Theory]
    [InlineData("4111 1111 1111 1112")] // Luhn fails
    [InlineData("1234 5678 9012 3456")] // Luhn fails, no issuer
    [InlineData("9999 9999 9999 9995")] // Luhn passes, no issuer starts with 9
    [InlineData("4111 1111-1111 1111")] // mixed separators
    [InlineData("9400 1000 0000 0000 0000 00")] // 22-digit tracking number
    public void Redact_NotACard_IsIgnored(string text) => Assert.Empty(Pii.Found($"ref {text} here", PiiType.Card));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("4111111111111112", false)]
    public void Luhn_KnownNumbers_MatchesReference(string digits, bool valid) =>
        Assert.Equal(valid, Checksums.Luhn(digits));
}
