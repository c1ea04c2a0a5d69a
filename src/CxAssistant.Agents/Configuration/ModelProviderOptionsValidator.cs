using System.Globalization;
using CxAssistant.Data.Memory;

namespace CxAssistant.Agents.Configuration;

/// <summary>
/// Checks a chat or embeddings section before anything is sent, with one message per problem naming the exact
/// key and how to set it. Only the selected provider's sub-section is checked.
/// </summary>
public static class ModelProviderOptionsValidator
{
    /// <summary>All problems in <paramref name="options"/>; empty when it is usable.</summary>
    public static IReadOnlyList<string> Validate(ModelProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var s = options.SectionPath;
        switch (options.Kind)
        {
            case null:
                errors.Add(
                    $"{s}:Provider is '{options.Provider}'; expected one of Offline, AzureOpenAI, OpenAI, Ollama."
                );
                return errors;
            case ProviderKind.Offline:
                break;
            case ProviderKind.AzureOpenAI:
                RequireUrl(
                    errors,
                    $"{s}:AzureOpenAI:Endpoint",
                    options.AzureOpenAI.Endpoint,
                    "https://YOUR-RESOURCE.openai.azure.com/"
                );
                Require(
                    errors,
                    $"{s}:AzureOpenAI:Deployment",
                    options.AzureOpenAI.Deployment,
                    "the deployment name shown in Azure AI Foundry"
                );
                break;
            case ProviderKind.OpenAI:
                Require(errors, $"{s}:OpenAI:Model", options.OpenAI.Model, "a model id such as gpt-4o-mini");
                if (!string.IsNullOrWhiteSpace(options.OpenAI.BaseUrl))
                {
                    RequireUrl(errors, $"{s}:OpenAI:BaseUrl", options.OpenAI.BaseUrl, "http://localhost:1234/v1");
                }
                else if (string.IsNullOrWhiteSpace(options.OpenAI.ApiKey))
                {
                    errors.Add(
                        $"{s}:OpenAI:ApiKey is empty; set it with the environment variable "
                            + $"{EnvironmentName($"{s}:OpenAI:ApiKey")} "
                            + $"or dotnet user-secrets (dotnet user-secrets set {s}:OpenAI:ApiKey "
                            + $"<key> --project src/CxAssistant.Agents)."
                    );
                }
                break;
            case ProviderKind.Ollama:
                RequireUrl(errors, $"{s}:Ollama:Endpoint", options.Ollama.Endpoint, "http://localhost:11434");
                Require(errors, $"{s}:Ollama:Model", options.Ollama.Model, "a pulled model tag such as llama3.1");
                break;
        }
        if (options is EmbeddingProviderOptions { Dimensions: <= 0 } e)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}:Dimensions is {e.Dimensions}; it must be a positive number or empty (the model's own size)."
                )
            );
        }
        else if (
            options is EmbeddingProviderOptions { Dimensions: { } d }
            && options.Kind == ProviderKind.Offline
            && d != EvidenceChunkRecord.Dimensions
        )
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}:Dimensions is {d}, but offline embeddings always have "
                        + $"{EvidenceChunkRecord.Dimensions}; leave it empty or pick a model "
                        + $"provider."
                )
            );
        }
        if (options.Kind != ProviderKind.Offline)
        {
            ValidateResilience(errors, $"{s}:Resilience", options.Resilience);
        }
        return errors;
    }

    /// <summary>The environment variable that sets a configuration key (':' becomes '__').</summary>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static void ValidateResilience(List<string> errors, string s, ModelResilienceOptions r)
    {
        // Ranges follow Polly's own limits, so a bad value fails here with the key instead of deep inside Polly.
        Range(errors, $"{s}:AttemptTimeout", r.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24));
        Range(errors, $"{s}:TotalTimeout", r.TotalTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(24));
        if (r.TotalTimeout < r.AttemptTimeout)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}:TotalTimeout ({r.TotalTimeout}) is shorter than "
                        + $"{s}:AttemptTimeout ({r.AttemptTimeout}); one attempt could never "
                        + $"finish."
                )
            );
        }
        if (r.MaxRetries is < 0 or > 10)
        {
            errors.Add(
                string.Create(CultureInfo.InvariantCulture, $"{s}:MaxRetries is {r.MaxRetries}; expected 0 to 10.")
            );
        }
        Range(errors, $"{s}:RetryDelay", r.RetryDelay, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Range(errors, $"{s}:MaxRetryAfter", r.MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1));
        if (r.BreakerFailureRatio is <= 0 or > 1 || double.IsNaN(r.BreakerFailureRatio))
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}:BreakerFailureRatio is {r.BreakerFailureRatio}; expected more than 0 and at most 1."
                )
            );
        }
        if (r.BreakerMinimumThroughput < 2)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{s}:BreakerMinimumThroughput is {r.BreakerMinimumThroughput}; expected at least 2."
                )
            );
        }
        Range(
            errors,
            $"{s}:BreakerSamplingDuration",
            r.BreakerSamplingDuration,
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromDays(1)
        );
        Range(
            errors,
            $"{s}:BreakerBreakDuration",
            r.BreakerBreakDuration,
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromDays(1)
        );
    }

    private static void Require(List<string> errors, string key, string? value, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(
                $"{key} is empty; set it to {example} (appsettings.json or the "
                    + $"environment variable {EnvironmentName(key)})."
            );
        }
    }

    private static void RequireUrl(List<string> errors, string key, string? value, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(
                $"{key} is empty; set it to a URL such as {example} (appsettings.json "
                    + $"or the environment variable {EnvironmentName(key)})."
            );
        }
        else if (
            !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        )
        {
            errors.Add(
                $"{key} is '{EndpointDisplay.Sanitize(value)}', which is not an http(s) "
                    + $"URL; expected something like {example}."
            );
        }
    }

    private static void Range(List<string> errors, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key} is {value}; expected between {min} and {max} (format hh:mm:ss)."
                )
            );
        }
    }
}
