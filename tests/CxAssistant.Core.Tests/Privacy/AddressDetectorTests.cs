using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class AddressDetectorTests
{
    [Theory]
    [InlineData("12 Harbour Street")]
    [InlineData("221B Baker St")]
    [InlineData("350 5th Avenue, New York, NY 10118")]
    [InlineData("47 Elm Road, Leeds LS6 2QF")]
    [InlineData("1208 Oak Park Blvd, Austin, TX 78701")]
    [InlineData("SW1A 1AA")]
    [InlineData("Springfield, IL 62704")]
    public void Redact_Address_IsFound(string address) =>
        Assert.Equal([address], Pii.Found($"Deliver to {address} please", PiiType.Address));

    [Theory]
    [InlineData("The Baker Street location is packed")]
    [InlineData("I waited 3 Long Days for it")]
    [InlineData("Product code AB12 3CD not found")]
    [InlineData("zip code 90210 is wrong")]
    public void Redact_NotAnAddress_IsIgnored(string text) => Assert.Empty(Pii.Found(text, PiiType.Address));
}
