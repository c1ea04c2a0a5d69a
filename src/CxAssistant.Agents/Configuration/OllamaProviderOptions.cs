namespace CxAssistant.Agents.Configuration;

/// <summary>The <c>Ollama</c> sub-section.</summary>
public sealed class OllamaProviderOptions
{
    /// <summary>The server, by default Ollama's local port.</summary>
    public string? Endpoint { get; set; } = "http://localhost:11434";

    /// <summary>The model tag, e.g. llama3.1 or nomic-embed-text.</summary>
    public string? Model { get; set; }
}
