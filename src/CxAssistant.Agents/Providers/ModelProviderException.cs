using CxAssistant.Agents.Configuration;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// A model call failed. The message names the provider, the endpoint (never a key), the problem and the setting
/// to check, e.g. "OpenAI gpt-4o-mini at https://api.openai.com/v1: key rejected (HTTP 401); check
/// CxAssistant:Chat:OpenAI:ApiKey."
/// </summary>
public sealed class ModelProviderException : Exception
{
    /// <summary>Creates the exception; <paramref name="detail"/> is appended after the standard explanation.</summary>
    public ModelProviderException(
        ProviderInfo provider,
        ProviderFailure failure,
        int? statusCode,
        string? detail = null,
        Exception? innerException = null
    )
        : base(Describe(provider, failure, statusCode, detail), innerException)
    {
        Provider = provider;
        Failure = failure;
        StatusCode = statusCode;
    }

    /// <summary>The provider that failed.</summary>
    public ProviderInfo Provider { get; }

    /// <summary>What went wrong.</summary>
    public ProviderFailure Failure { get; }

    /// <summary>The final HTTP status, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// True when trying again later may succeed (rate limits, server errors, timeouts, open circuit, unreachable).
    /// </summary>
    public bool IsTransient =>
        Failure
            is ProviderFailure.RateLimited
                or ProviderFailure.ServerError
                or ProviderFailure.Timeout
                or ProviderFailure.CircuitOpen
                or ProviderFailure.Unreachable;

    private static string Describe(ProviderInfo p, ProviderFailure failure, int? status, string? detail)
    {
        var http = status is { } s ? $" (HTTP {s})" : "";
        var resilience = p.SectionPath[..p.SectionPath.LastIndexOf(':')] + ":Resilience";
        var what = failure switch
        {
            ProviderFailure.KeyRejected => $"key rejected{http}; check {KeyHint(p)}",
            ProviderFailure.NotFound => $"model/deployment not found{http}; check {p.ModelKey}"
                + (p.Kind == ProviderKind.Ollama ? $" (ollama pull {p.Model})" : "")
                + $" and {EndpointKey(p)}",
            ProviderFailure.RequestRejected => $"request rejected{http}",
            ProviderFailure.RateLimited => $"rate limited{http} after retries; wait, lower the load or raise the quota",
            ProviderFailure.ServerError => $"server error{http} after retries",
            ProviderFailure.Timeout =>
                $"timed out; raise {resilience}:AttemptTimeout or :TotalTimeout if the model is just slow",
            ProviderFailure.CircuitOpen =>
                $"circuit open after repeated failures; calls are paused for {resilience}:BreakerBreakDuration",
            ProviderFailure.Unreachable => $"unreachable; check {EndpointKey(p)} and that the server is running",
            ProviderFailure.MalformedResponse => $"malformed response{http}: not the documented {p.Kind} format",
            _ => failure.ToString(),
        };
        return $"{p}: {what}" + (string.IsNullOrWhiteSpace(detail) ? "." : $". {detail}");
    }

    private static string KeyHint(ProviderInfo p) =>
        p.Kind switch
        {
            ProviderKind.AzureOpenAI when p.Authentication.StartsWith("Azure identity", StringComparison.Ordinal) =>
                $"the signed-in Azure identity's role on the resource, or set {p.SectionPath}:ApiKey",
            ProviderKind.Ollama => $"the proxy in front of {p.Endpoint} (Ollama itself needs no key)",
            _ => $"{p.SectionPath}:ApiKey (environment variable "
                + $"{ModelProviderOptionsValidator.EnvironmentName(p.SectionPath + ":ApiKey")})",
        };

    private static string EndpointKey(ProviderInfo p) =>
        p.SectionPath + (p.Kind == ProviderKind.OpenAI ? ":BaseUrl" : ":Endpoint");
}
