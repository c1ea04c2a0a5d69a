using CxAssistant.Agents.Configuration;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Hosting.Configuration;

/// <summary>
/// Maps the command-line provider names (<c>offline</c>, <c>azure</c>, <c>openai</c>, <c>ollama</c>) to
/// <see cref="ProviderKind"/> and layers the choice over <c>CxAssistant:Chat:Provider</c>; every other setting still
/// comes from configuration.
/// </summary>
public static class ProviderOverride
{
    /// <summary>
    /// The kind for a command-line name (case-insensitive; the configuration names work too), or null.
    /// </summary>
    public static ProviderKind? KindFor(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "offline" => ProviderKind.Offline,
            "azure" or "azureopenai" => ProviderKind.AzureOpenAI,
            "openai" => ProviderKind.OpenAI,
            "ollama" => ProviderKind.Ollama,
            _ => null,
        };

    /// <summary>The configuration with <c>CxAssistant:Chat:Provider</c> set to <paramref name="kind"/>.</summary>
    public static IConfiguration Apply(IConfiguration configuration, ProviderKind kind) =>
        new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection([KeyValuePair.Create("CxAssistant:Chat:Provider", (string?)kind.ToString())])
            .Build();
}
