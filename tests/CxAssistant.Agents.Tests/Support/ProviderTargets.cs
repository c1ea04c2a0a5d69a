using CxAssistant.Agents.Configuration;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>
/// The endpoints the provider scenarios run against: the in-process fake server for each provider, always, plus
/// a real service for each provider whose environment variables are set (see docs/providers.md, "Live tests"):
/// CX_LIVE_OPENAI_API_KEY, CX_LIVE_AZURE_OPENAI_ENDPOINT + CX_LIVE_AZURE_OPENAI_API_KEY, CX_LIVE_OLLAMA_URL.
/// </summary>
public static class ProviderTargets
{
    /// <summary>Target names are "kind" (in-process) or "kind-live".</summary>
    public const string LiveSuffix = "-live";

    private static readonly ProviderKind[] Remote =
    [
        ProviderKind.OpenAI,
        ProviderKind.AzureOpenAI,
        ProviderKind.Ollama,
    ];

    /// <summary>Every in-process target plus the configured live ones.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Remote)
        {
            data.Add(kind.ToString());
        }
        foreach (var kind in Remote.Where(IsLiveConfigured))
        {
            data.Add(kind + LiveSuffix);
        }
        return data;
    }

    /// <summary>Targets that authenticate with a key (Ollama has none), in-process and live.</summary>
    public static TheoryData<string> WithKeys()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Remote.Where(k => k != ProviderKind.Ollama))
        {
            data.Add(kind.ToString());
            if (IsLiveConfigured(kind))
            {
                data.Add(kind + LiveSuffix);
            }
        }
        return data;
    }

    /// <summary>The in-process targets only (failure injection needs our server).</summary>
    public static TheoryData<string> InProcess()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Remote)
        {
            data.Add(kind.ToString());
        }
        return data;
    }

    /// <summary>Whether live settings for <paramref name="kind"/> are present.</summary>
    public static bool IsLiveConfigured(ProviderKind kind) =>
        kind switch
        {
            ProviderKind.OpenAI => Env("CX_LIVE_OPENAI_API_KEY") is not null,
            ProviderKind.AzureOpenAI => Env("CX_LIVE_AZURE_OPENAI_ENDPOINT") is not null
                && Env("CX_LIVE_AZURE_OPENAI_API_KEY") is not null,
            ProviderKind.Ollama => Env("CX_LIVE_OLLAMA_URL") is not null,
            _ => false,
        };

    /// <summary>One line per provider saying whether its live tests run, for the test output.</summary>
    public static string LiveStatus() =>
        string.Join(
            Environment.NewLine,
            Remote.Select(k =>
                IsLiveConfigured(k)
                    ? $"{k}: live tests RUN against the configured endpoint"
                    : $"{k}: live tests not run ({LiveVariables(k)} not set); in-process tests cover the wire format"
            )
        );

    private static string LiveVariables(ProviderKind kind) =>
        kind switch
        {
            ProviderKind.OpenAI => "CX_LIVE_OPENAI_API_KEY",
            ProviderKind.AzureOpenAI => "CX_LIVE_AZURE_OPENAI_ENDPOINT and CX_LIVE_AZURE_OPENAI_API_KEY",
            _ => "CX_LIVE_OLLAMA_URL",
        };

    /// <summary>
    /// Configuration keys a user would set for <paramref name="target"/> in <paramref name="section"/> (Chat or
    /// Embeddings). In-process targets point at <paramref name="server"/> with fast resilience settings.
    /// </summary>
    public static Dictionary<string, string?> Settings(string target, string section, Uri? server)
    {
        var live = target.EndsWith(LiveSuffix, StringComparison.Ordinal);
        var kind = Enum.Parse<ProviderKind>(live ? target[..^LiveSuffix.Length] : target);
        var chat = section == "Chat";
        var s = $"CxAssistant:{section}";
        var settings = new Dictionary<string, string?> { [$"{s}:Provider"] = kind.ToString() };
        switch (kind)
        {
            case ProviderKind.OpenAI:
                settings[$"{s}:OpenAI:ApiKey"] = live ? Env("CX_LIVE_OPENAI_API_KEY") : FakeKeys.OpenAI;
                settings[$"{s}:OpenAI:Model"] = live
                    ? Env(chat ? "CX_LIVE_OPENAI_MODEL" : "CX_LIVE_OPENAI_EMBEDDING_MODEL")
                        ?? (chat ? "gpt-4o-mini" : "text-embedding-3-small")
                    : (chat ? "gpt-4o-mini" : "text-embedding-3-small");
                settings[$"{s}:OpenAI:BaseUrl"] = live
                    ? Env("CX_LIVE_OPENAI_BASE_URL")
                    : new Uri(server!, "v1").ToString();
                break;
            case ProviderKind.AzureOpenAI:
                settings[$"{s}:AzureOpenAI:Endpoint"] = live
                    ? Env("CX_LIVE_AZURE_OPENAI_ENDPOINT")
                    : server!.ToString();
                settings[$"{s}:AzureOpenAI:ApiKey"] = live ? Env("CX_LIVE_AZURE_OPENAI_API_KEY") : FakeKeys.Azure;
                settings[$"{s}:AzureOpenAI:Deployment"] = live
                    ? Env(chat ? "CX_LIVE_AZURE_OPENAI_DEPLOYMENT" : "CX_LIVE_AZURE_OPENAI_EMBEDDING_DEPLOYMENT")
                        ?? (chat ? "gpt-4o-mini" : "text-embedding-3-small")
                    : (chat ? "cx-chat-deployment" : "cx-embedding-deployment");
                break;
            case ProviderKind.Ollama:
                settings[$"{s}:Ollama:Endpoint"] = live ? Env("CX_LIVE_OLLAMA_URL") : server!.ToString();
                settings[$"{s}:Ollama:Model"] = live
                    ? Env(chat ? "CX_LIVE_OLLAMA_MODEL" : "CX_LIVE_OLLAMA_EMBEDDING_MODEL")
                        ?? (chat ? "llama3.1" : "nomic-embed-text")
                    : (chat ? "llama3.1" : "nomic-embed-text");
                break;
        }
        if (!live)
        {
            settings[$"{s}:Resilience:AttemptTimeout"] = "00:00:05";
            settings[$"{s}:Resilience:TotalTimeout"] = "00:00:20";
            settings[$"{s}:Resilience:RetryDelay"] = "00:00:00.050";
        }
        return settings;
    }

    private static string? Env(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
