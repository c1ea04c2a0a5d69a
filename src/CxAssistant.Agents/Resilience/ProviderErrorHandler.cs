using System.Net;
using System.Text.Json;
using CxAssistant.Agents.Providers;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CxAssistant.Agents.Resilience;

/// <summary>
/// Outermost HTTP handler: turns what is left after the resilience pipeline (a final error status, a timeout, an
/// open circuit, an unreachable server) into a <see cref="ModelProviderException"/> naming provider, endpoint and
/// problem. Working at the HTTP level makes the three SDKs fail the same way.
/// </summary>
public sealed class ProviderErrorHandler(ProviderInfo provider) : DelegatingHandler
{
    private const int MaxDetail = 300;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the caller cancelled: not a provider failure
        }
        catch (TimeoutRejectedException e)
        {
            throw new ModelProviderException(provider, ProviderFailure.Timeout, null, innerException: e);
        }
        catch (BrokenCircuitException e)
        {
            throw new ModelProviderException(provider, ProviderFailure.CircuitOpen, null, innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new ModelProviderException(
                provider,
                ProviderFailure.Unreachable,
                null,
                Explain(e.HttpRequestError),
                e
            );
        }
        catch (OperationCanceledException e)
        {
            throw new ModelProviderException(provider, ProviderFailure.Timeout, null, innerException: e);
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var failure = Classify(response.StatusCode);
            var detail = failure switch
            {
                ProviderFailure.RequestRejected => await ServerMessageAsync(response, cancellationToken)
                    .ConfigureAwait(false),
                ProviderFailure.RateLimited when ModelResiliencePipeline.RetryAfter(response) is { } wait =>
                    $"The server asks to wait {wait.TotalSeconds:0} s.",
                _ => null,
            };
            throw new ModelProviderException(provider, failure, status, detail);
        }
    }

    private static string Explain(HttpRequestError error) =>
        error switch
        {
            HttpRequestError.NameResolutionError => "The host name could not be resolved.",
            HttpRequestError.ConnectionError => "The connection was refused or failed.",
            HttpRequestError.SecureConnectionError => "The TLS handshake failed.",
            HttpRequestError.ProxyTunnelError => "The proxy refused the tunnel.",
            _ => "The connection broke: " + error + ".",
        };

    internal static ProviderFailure Classify(HttpStatusCode status) =>
        (int)status switch
        {
            401 or 403 => ProviderFailure.KeyRejected,
            404 => ProviderFailure.NotFound,
            408 => ProviderFailure.Timeout,
            429 => ProviderFailure.RateLimited,
            >= 500 => ProviderFailure.ServerError,
            _ => ProviderFailure.RequestRejected,
        };

    /// <summary>
    /// The server's own explanation of a rejected request ({"error":{"message":…}} for OpenAI/Azure, {"error":"…"}
    /// for Ollama), shortened. Only read for 400-class rejections, whose messages name parameters, not keys.
    /// </summary>
    private static async Task<string?> ServerMessageAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("error", out var error))
            {
                return null;
            }
            var message =
                error.ValueKind == JsonValueKind.String ? error.GetString()
                : error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.GetString()
                : null;
            if (string.IsNullOrWhiteSpace(message))
            {
                return null;
            }
            message = string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return "Server says: " + (message.Length > MaxDetail ? message[..MaxDetail] + "…" : message);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
