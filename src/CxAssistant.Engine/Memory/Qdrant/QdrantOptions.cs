namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>Settings for the Qdrant evidence memory (configuration section <c>Qdrant</c>).</summary>
public sealed record QdrantOptions
{
    /// <summary>Base URL of Qdrant's REST API, e.g. <c>http://localhost:6333</c> (not the gRPC port 6334).</summary>
    public string Url { get; init; } = "http://localhost:6333";

    /// <summary>Sent as the <c>api-key</c> header when set (Qdrant Cloud or a server with <c>service.api_key</c>).</summary>
    public string? ApiKey { get; init; }

    public string CollectionName { get; init; } = "cx-evidence";

    /// <summary>Points per upsert request; Qdrant's default request limit is 32 MB, 256 × 384 floats is far below it.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Per-request timeout (each retry gets its own).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after HTTP 429/503; 0 disables them.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Upper bound for one wait between retries, whatever Retry-After asks for.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The URL as an absolute base URI; throws when any setting is invalid.</summary>
    public Uri Validate()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Qdrant:Url must be an absolute http(s) URL such as http://localhost:6333; got '{Url}'.", nameof(Url));
        }

        if (string.IsNullOrWhiteSpace(CollectionName) || CollectionName.Length > 255 || CollectionName.IndexOfAny(['/', '\\', '?', '#', '%']) >= 0)
        {
            throw new ArgumentException($"Qdrant:CollectionName must be 1–255 characters without / \\ ? # %; got '{CollectionName}'.", nameof(CollectionName));
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Qdrant:BatchSize must be between 1 and 10000.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Qdrant:Timeout must be positive.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Qdrant:MaxRetries must be between 0 and 10.");
        }

        if (MaxRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryDelay), MaxRetryDelay, "Qdrant:MaxRetryDelay must not be negative.");
        }

        // A trailing slash keeps relative paths under a proxy prefix such as https://host/qdrant/.
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
