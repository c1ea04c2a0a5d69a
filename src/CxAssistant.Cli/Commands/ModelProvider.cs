using Microsoft.Extensions.Configuration;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// The --provider names and the configured model of each (CxAssistant:Chat:*), used by dry runs and the model path.
/// </summary>
internal static class ModelProvider
{
    public const string Offline = "offline";
    public static readonly string[] Names = [Offline, "azure", "openai", "ollama"];

    /// <summary>
    /// The model a provider would use; offline sends nothing, so its estimate uses the OpenAI model setting.
    /// </summary>
    public static string Model(IConfiguration configuration, string provider) =>
        provider switch
        {
            "azure" => configuration["CxAssistant:Chat:AzureOpenAI:Deployment"],
            "ollama" => configuration["CxAssistant:Chat:Ollama:Model"],
            _ => configuration["CxAssistant:Chat:OpenAI:Model"],
        }
            is { Length: > 0 } model
            ? model
        : provider == "ollama" ? "llama3.1"
        : "gpt-4o-mini";
}
