using CxAssistant.Agents.Configuration;
using CxAssistant.Analysis.Meaning;

namespace CxAssistant.Agents.Providers;

/// <summary>Builds the secret-free <see cref="ProviderInfo"/> of a configured section.</summary>
public static class ProviderDescriptions
{
    /// <summary>OpenAI's public endpoint, used when no BaseUrl is configured.</summary>
    public const string OpenAIDefaultEndpoint = "https://api.openai.com/v1";

    /// <summary>Describes <paramref name="options"/> (which must be valid).</summary>
    public static ProviderInfo Describe(ModelProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var purpose = options is EmbeddingProviderOptions ? "embeddings" : "chat";
        var s = options.SectionPath;
        return options.Kind switch
        {
            ProviderKind.AzureOpenAI => new(
                purpose,
                ProviderKind.AzureOpenAI,
                options.AzureOpenAI.Deployment!.Trim(),
                EndpointDisplay.Sanitize(options.AzureOpenAI.Endpoint),
                string.IsNullOrWhiteSpace(options.AzureOpenAI.ApiKey)
                    ? "Azure identity (DefaultAzureCredential)"
                    : "api-key header, key " + EndpointDisplay.Mask(options.AzureOpenAI.ApiKey),
                s + ":AzureOpenAI"
            ),
            ProviderKind.OpenAI => new(
                purpose,
                ProviderKind.OpenAI,
                options.OpenAI.Model!.Trim(),
                string.IsNullOrWhiteSpace(options.OpenAI.BaseUrl)
                    ? OpenAIDefaultEndpoint
                    : EndpointDisplay.Sanitize(options.OpenAI.BaseUrl),
                string.IsNullOrWhiteSpace(options.OpenAI.ApiKey)
                    ? "none (local OpenAI-compatible server)"
                    : "Authorization: Bearer, key " + EndpointDisplay.Mask(options.OpenAI.ApiKey),
                s + ":OpenAI"
            ),
            ProviderKind.Ollama => new(
                purpose,
                ProviderKind.Ollama,
                options.Ollama.Model!.Trim(),
                EndpointDisplay.Sanitize(options.Ollama.Endpoint),
                "none",
                s + ":Ollama"
            ),
            _ => new(
                purpose,
                ProviderKind.Offline,
                purpose == "chat" ? "none (deterministic offline drafting)" : MeaningEncoder.ModelId,
                "(this machine)",
                "none",
                s
            ),
        };
    }
}
