using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("mail me at jane.doe@example.com.", "jane.doe@example.com")]
    [InlineData("m.okafor+orders@mail.co.uk wrote", "m.okafor+orders@mail.co.uk")]
    [InlineData("(SAM_LEE99@Outlook.COM)", "SAM_LEE99@Outlook.COM")]
    [InlineData("info@cafe-bella.de, thanks", "info@cafe-bella.de")]
    public void Redact_EmailAddress_IsFound(string text, string expected) =>
        Assert.Equal([expected], Pii.Found(text, PiiType.Email));

    [Theory]
    [InlineData("@AcmeHelp where is my parcel")]
    [InlineData("meet me @ 10:30")]
    [InlineData("user@localhost is not a real address")]
    [InlineData("price is 3 @ $4.99")]
    public void Redact_NotAnEmail_IsIgnored(string text) => Assert.Empty(Pii.Found(text, PiiType.Email));
}
