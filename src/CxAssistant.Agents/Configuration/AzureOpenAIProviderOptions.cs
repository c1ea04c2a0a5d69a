namespace CxAssistant.Agents.Configuration;

/// <summary>The <c>AzureOpenAI</c> sub-section: a deployment in an Azure OpenAI resource.</summary>
public sealed class AzureOpenAIProviderOptions
{
    /// <summary>The resource endpoint, e.g. https://my-resource.openai.azure.com/.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The deployment name (Azure routes by deployment, not by model name).</summary>
    public string? Deployment { get; set; }

    /// <summary>The resource key; when empty, DefaultAzureCredential (az login, managed identity…) is used.</summary>
    public string? ApiKey { get; set; }
}
