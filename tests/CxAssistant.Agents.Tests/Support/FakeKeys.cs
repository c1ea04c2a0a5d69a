namespace CxAssistant.Agents.Tests.Support;

/// <summary>Made-up keys, long enough to be masked, so tests can check they never appear in output.</summary>
public static class FakeKeys
{
    public const string OpenAI = "sk-cxtest-0123456789abcdefSECRET";
    public const string Azure = "azkey-cxtest-0123456789abcdefSECRET";
}
