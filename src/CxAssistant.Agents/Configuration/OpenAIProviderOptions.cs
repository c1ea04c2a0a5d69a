namespace CxAssistant.Agents.Configuration;

/// <summary>The <c>OpenAI</c> sub-section: api.openai.com or any OpenAI-compatible server.</summary>
public sealed class OpenAIProviderOptions
{
    /// <summary>
    /// The API key; may be empty only when <see cref="BaseUrl"/> points at a local server that needs none.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The model id, e.g. gpt-4o-mini or text-embedding-3-small.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Base URL of an OpenAI-compatible server (LM Studio http://localhost:1234/v1, vLLM, llama.cpp); empty for
    /// api.openai.com.
    /// </summary>
    public string? BaseUrl { get; set; }
}
