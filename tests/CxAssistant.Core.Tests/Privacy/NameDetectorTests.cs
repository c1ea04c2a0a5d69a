using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

public sealed class NameDetectorTests
{
    [Theory]
    [InlineData("my name is Sarah Jenkins and I'm upset", "Sarah Jenkins")]
    [InlineData("Hi, I'm Tomás. The app crashes", "Tomás")]
    [InlineData("Dear Mr O'Brien,\nsorry for the delay", "O'Brien")]
    [InlineData("Customer: Jane Doe\nIssue: refund", "Jane Doe")]
    [InlineData("Caller: Priya\nReason: cancel", "Priya")]
    [InlineData("It was great.\n\nThanks,\nMarta", "Marta")]
    [InlineData("Refund please. Cheers, Liam", "Liam")]
    [InlineData("I spoke to Aisha Khan yesterday", "Aisha Khan")]
    [InlineData("this is Daniel from the Leeds branch", "Daniel")]
    [InlineData("Hello Grace, thanks for waiting!", "Grace")]
    public void Redact_NameInHighPrecisionContext_IsFound(string text, string name) =>
        Assert.Equal([name], Pii.Found(text, PiiType.Name));

    [Theory]
    [InlineData("Dear Customer Service, fix your app")]
    [InlineData("Dear Sir or Madam")]
    [InlineData("Hello there, anyone?")]
    [InlineData("Customer: Perfect\nAgent: Great")]
    [InlineData("Customer: I want to cancel")]
    [InlineData("Best Buy had it cheaper")]
    [InlineData("Thanks, Team")]
    [InlineData("I'm Very disappointed")]
    [InlineData("Best regards,\nCustomer Care")]
    public void Redact_NoReliableNameContext_IsIgnored(string text) => Assert.Empty(Pii.Found(text, PiiType.Name));
}
