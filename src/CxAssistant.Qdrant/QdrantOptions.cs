namespace CxAssistant.Qdrant;

/// <summary>Settings for Qdrant (configuration section <c>CxAssistant:VectorStore:Qdrant</c>).</summary>
public sealed record QdrantOptions
{
    /// <summary>Qdrant's gRPC endpoint, e.g. <c>http://localhost:6334</c> (not the REST port 6333).</summary>
    public string Url { get; init; } = "http://localhost:6334";

    /// <summary>
    /// Sent as the <c>api-key</c> header when set (Qdrant Cloud or a server with <c>service.api_key</c>).
    /// </summary>
    public string? ApiKey { get; init; }

    public string CollectionName { get; init; } = "cx-evidence";

    /// <summary>
    /// Points per upsert request; Qdrant's default gRPC message limit is far above 256 × (384 floats + text).
    /// </summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>
    /// Deadline of one call (each retry attempt shares it: gRPC retries run within the call's deadline).
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after UNAVAILABLE or RESOURCE_EXHAUSTED (gRPC's retry policy); 0 disables them.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// First back-off of the retry policy; later ones double up to <see cref="MaxBackoff"/>, with jitter.
    /// </summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The URL as an absolute URI; throws <see cref="ArgumentException"/> naming the key when a setting is invalid.
    /// </summary>
    public Uri Validate()
    {
        if (
            !Uri.TryCreate(Url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        )
        {
            throw new ArgumentException(
                $"Qdrant:Url must be an absolute http(s) URL of Qdrant's gRPC port, "
                    + $"such as http://localhost:6334; got '{Url}'."
            );
        }
        if (
            string.IsNullOrWhiteSpace(CollectionName)
            || CollectionName.Length > 255
            || CollectionName.IndexOfAny(['/', '\\', '?', '#', '%', ' ']) >= 0
        )
        {
            throw new ArgumentException(
                $"Qdrant:CollectionName must be 1–255 characters without / \\ ? # % or spaces; got '{CollectionName}'."
            );
        }
        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"Qdrant:BatchSize must be between 1 and 10000; got {BatchSize}.");
        }
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Qdrant:Timeout must be positive; got {Timeout}.");
        }
        if (MaxRetries is < 0 or > 4)
        {
            // gRPC caps a retry policy at 5 attempts.
            throw new ArgumentException(
                $"Qdrant:MaxRetries must be between 0 and 4 (gRPC allows at most 5 attempts); got {MaxRetries}."
            );
        }
        if (InitialBackoff <= TimeSpan.Zero || MaxBackoff < InitialBackoff)
        {
            throw new ArgumentException(
                "Qdrant:InitialBackoff must be positive and Qdrant:MaxBackoff at least as long."
            );
        }
        return uri;
    }
}
