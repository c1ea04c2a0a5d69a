namespace CxAssistant.Agents.Configuration;

/// <summary>
/// What the chat and embeddings sections share: the provider choice, one sub-section per provider and resilience.
/// </summary>
public abstract class ModelProviderOptions
{
    /// <summary>
    /// Offline, AzureOpenAI, OpenAI or Ollama (case-insensitive); kept as text so a typo gets a clear message.
    /// </summary>
    public string? Provider { get; set; } = nameof(ProviderKind.Offline);

    /// <summary>Settings used when <see cref="Provider"/> is AzureOpenAI.</summary>
    public AzureOpenAIProviderOptions AzureOpenAI { get; set; } = new();

    /// <summary>Settings used when <see cref="Provider"/> is OpenAI.</summary>
    public OpenAIProviderOptions OpenAI { get; set; } = new();

    /// <summary>Settings used when <see cref="Provider"/> is Ollama.</summary>
    public OllamaProviderOptions Ollama { get; set; } = new();

    /// <summary>Timeouts, retries and circuit breaker for this section's HTTP calls.</summary>
    public ModelResilienceOptions Resilience { get; set; } = new();

    /// <summary>The configuration path of this section, e.g. CxAssistant:Chat (used in messages).</summary>
    public abstract string SectionPath { get; }

    /// <summary>The parsed provider, or null when <see cref="Provider"/> names none.</summary>
    public ProviderKind? Kind =>
        string.IsNullOrWhiteSpace(Provider) ? ProviderKind.Offline
        : Enum.TryParse<ProviderKind>(Provider.Trim(), ignoreCase: true, out var kind)
        && Enum.IsDefined(kind)
        && !int.TryParse(Provider, out _)
            ? kind
        : null;
}
