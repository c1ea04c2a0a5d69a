using CxAssistant.Agents.Configuration;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// What a configured provider is, for reports, logs and error messages: never holds a secret
/// (<see cref="Authentication"/> says how the caller authenticates, with any key masked).
/// </summary>
/// <param name="Purpose">"chat" or "embeddings".</param>
/// <param name="Kind">The provider.</param>
/// <param name="Model">Model id or Azure deployment name.</param>
/// <param name="Endpoint">The endpoint without user info or query string.</param>
/// <param name="Authentication">How requests authenticate, e.g. "api-key header, key set (51 chars, ends
/// …wxyz)".</param>
/// <param name="SectionPath">The configuration section holding these settings, e.g. CxAssistant:Chat:OpenAI.</param>
public sealed record ProviderInfo(
    string Purpose,
    ProviderKind Kind,
    string Model,
    string Endpoint,
    string Authentication,
    string SectionPath
)
{
    /// <summary>Model key name used in messages: Azure routes by deployment, the others by model.</summary>
    public string ModelKey => SectionPath + (Kind == ProviderKind.AzureOpenAI ? ":Deployment" : ":Model");

    /// <summary>One line for consoles: "OpenAI gpt-4o-mini at https://api.openai.com/v1".</summary>
    public override string ToString() => $"{Kind} {Model} at {Endpoint}";
}
