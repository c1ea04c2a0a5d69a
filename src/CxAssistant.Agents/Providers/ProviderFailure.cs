namespace CxAssistant.Agents.Providers;

/// <summary>Why a model call failed, in the terms a user can act on.</summary>
public enum ProviderFailure
{
    /// <summary>401/403: the key or identity was rejected.</summary>
    KeyRejected,

    /// <summary>404: the model, deployment or path does not exist.</summary>
    NotFound,

    /// <summary>400/422: the server refused the request (unsupported parameter, too many tokens…).</summary>
    RequestRejected,

    /// <summary>429 after the retries, or a Retry-After longer than we wait.</summary>
    RateLimited,

    /// <summary>5xx after the retries.</summary>
    ServerError,

    /// <summary>An attempt or the whole call ran out of time.</summary>
    Timeout,

    /// <summary>Too many recent failures: calls are rejected for a while without being sent.</summary>
    CircuitOpen,

    /// <summary>The server could not be reached (refused, DNS, TLS).</summary>
    Unreachable,

    /// <summary>The server answered with something that is not the documented format.</summary>
    MalformedResponse,
}
