using System.ClientModel;
using System.Net;
using System.Text.Json;
using Azure.Identity;
using CxAssistant.Agents.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// Maps what an SDK throws to a <see cref="ModelProviderException"/>. Most failures are already translated by
/// <see cref="ProviderErrorHandler"/>; this catches the rest: bodies that are not the documented format, streams
/// that stall, and SDKs that wrap our exception in their own.
/// </summary>
internal static class ProviderErrors
{
    /// <summary>
    /// The exception to throw instead of <paramref name="error"/>, or null to let it through unchanged.
    /// </summary>
    public static ModelProviderException? Translate(
        Exception error,
        ProviderInfo provider,
        CancellationToken cancellationToken
    )
    {
        if (error is ModelProviderException)
        {
            return null;
        }
        if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case ModelProviderException inner:
                    return inner;
                case StreamIdleTimeoutException idle:
                    return new ModelProviderException(provider, ProviderFailure.Timeout, null, idle.Message, error);
                case JsonException:
                    return new ModelProviderException(
                        provider,
                        ProviderFailure.MalformedResponse,
                        null,
                        innerException: error
                    );
                case TimeoutRejectedException:
                    return new ModelProviderException(provider, ProviderFailure.Timeout, null, innerException: error);
                case BrokenCircuitException:
                    return new ModelProviderException(
                        provider,
                        ProviderFailure.CircuitOpen,
                        null,
                        innerException: error
                    );
                case AuthenticationFailedException or CredentialUnavailableException:
                    // DefaultAzureCredential found no usable identity (no az login, no managed identity…).
                    return new ModelProviderException(
                        provider,
                        ProviderFailure.KeyRejected,
                        null,
                        "No Azure identity could get a token: run az login, use a managed identity, or set the ApiKey.",
                        error
                    );
                case ClientResultException { Status: > 0 } result:
                    return new ModelProviderException(
                        provider,
                        ProviderErrorHandler.Classify((HttpStatusCode)result.Status),
                        result.Status,
                        innerException: error
                    );
            }
        }
        return error switch
        {
            OperationCanceledException or TimeoutException => new ModelProviderException(
                provider,
                ProviderFailure.Timeout,
                null,
                innerException: error
            ),
            HttpRequestException or IOException => new ModelProviderException(
                provider,
                ProviderFailure.Unreachable,
                null,
                "The connection broke mid-response.",
                error
            ),
            _ => null,
        };
    }
}
