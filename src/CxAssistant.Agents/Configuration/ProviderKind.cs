namespace CxAssistant.Agents.Configuration;

/// <summary>Which service answers chat or embedding requests.</summary>
public enum ProviderKind
{
    /// <summary>No model: the deterministic offline implementation.</summary>
    Offline,

    /// <summary>Azure OpenAI (a deployment in an Azure resource).</summary>
    AzureOpenAI,

    /// <summary>OpenAI, or any OpenAI-compatible server (LM Studio, vLLM, llama.cpp) through BaseUrl.</summary>
    OpenAI,

    /// <summary>A local or remote Ollama server.</summary>
    Ollama,
}
