using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>
/// Typed HttpClient for the subset of Qdrant's REST API the evidence memory needs (https://api.qdrant.tech).
/// Bodies are <see cref="JsonNode"/>s because Qdrant's filter and payload shapes are open-ended.
/// Every failure becomes a <see cref="QdrantException"/>; 429 and 503 are retried a bounded number of times.
/// </summary>
public sealed class QdrantRestClient
{
    private readonly HttpClient _http;
    private readonly QdrantOptions _options;
    private readonly Uri _baseUri;

    public QdrantRestClient(HttpClient http, QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _baseUri = options.Validate();
        _http = http;
        _options = options;
    }

    public QdrantOptions Options => _options;

    /// <summary>The collection's configured vector size, or null when the collection does not exist.</summary>
    public async Task<QdrantCollectionInfo?> GetCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, Path(collection), null, "get collection", allowNotFound: true, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var vectors = result["config"]?["params"]?["vectors"];
        var size = vectors?["size"]?.GetValue<int>();
        var distance = vectors?["distance"]?.GetValue<string>();
        return new QdrantCollectionInfo(size, distance, result["points_count"]?.GetValue<long?>());
    }

    public Task CreateCollectionAsync(string collection, int vectorSize, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["vectors"] = new JsonObject { ["size"] = vectorSize, ["distance"] = "Cosine" } };
        return SendAsync(HttpMethod.Put, Path(collection), body, "create collection", allowNotFound: false, cancellationToken);
    }

    public Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, Path(collection), null, "delete collection", allowNotFound: true, cancellationToken);

    public async Task<IReadOnlyList<string>> ListCollectionsAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, "collections", null, "list collections", allowNotFound: false, cancellationToken).ConfigureAwait(false);
        return result?["collections"]?.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList() ?? [];
    }

    /// <summary>Creates a payload index; field_schema is keyword, integer, float or datetime.</summary>
    public Task CreatePayloadIndexAsync(string collection, string field, string schema, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["field_name"] = field, ["field_schema"] = schema };
        return SendAsync(HttpMethod.Put, Path(collection, "index?wait=true"), body, "create payload index " + field, allowNotFound: false, cancellationToken);
    }

    /// <summary>Upserts one batch; wait=true so a following search sees the points.</summary>
    public Task UpsertAsync(string collection, JsonArray points, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, Path(collection, "points?wait=true"), new JsonObject { ["points"] = points }, "upsert points", allowNotFound: false, cancellationToken);

    public async Task<JsonArray> GetPointsAsync(string collection, JsonArray ids, bool withVector, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["ids"] = ids, ["with_payload"] = true, ["with_vector"] = withVector };
        var result = await SendAsync(HttpMethod.Post, Path(collection, "points"), body, "get points", allowNotFound: false, cancellationToken).ConfigureAwait(false);
        return result?.AsArray() ?? [];
    }

    public Task DeletePointsAsync(string collection, JsonArray ids, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Path(collection, "points/delete?wait=true"), new JsonObject { ["points"] = ids }, "delete points", allowNotFound: false, cancellationToken);

    /// <summary>
    /// Nearest neighbours via POST points/query (Qdrant 1.10+). The older points/search endpoint is deprecated and
    /// no longer in the current OpenAPI, so the universal query API is the one that keeps working.
    /// </summary>
    public async Task<JsonArray> QueryAsync(string collection, JsonObject body, CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Post, Path(collection, "points/query"), body, "query points", allowNotFound: false, cancellationToken).ConfigureAwait(false);
        return result?["points"] is JsonArray points ? (JsonArray)points.DeepClone() : [];
    }

    public async Task<long> CountAsync(string collection, JsonObject? filter, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["exact"] = true };
        if (filter is not null)
        {
            body["filter"] = filter;
        }

        var result = await SendAsync(HttpMethod.Post, Path(collection, "points/count"), body, "count points", allowNotFound: false, cancellationToken).ConfigureAwait(false);
        return result?["count"]?.GetValue<long>() ?? 0;
    }

    /// <summary>One scroll page: the points and the offset of the next page (null at the end).</summary>
    public async Task<(JsonArray Points, JsonNode? NextOffset)> ScrollAsync(string collection, JsonObject body, CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Post, Path(collection, "points/scroll"), body, "scroll points", allowNotFound: false, cancellationToken).ConfigureAwait(false);
        var points = result?["points"]?.AsArray() ?? [];
        var next = result?["next_page_offset"];
        return ((JsonArray)points.DeepClone(), next?.DeepClone());
    }

    private static string Path(string collection, string? rest = null) =>
        "collections/" + Uri.EscapeDataString(collection) + (rest is null ? "" : "/" + rest);

    /// <summary>Sends one request (with bounded retries) and returns the envelope's <c>result</c>; null on an allowed 404.</summary>
    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, string operation, bool allowNotFound, CancellationToken cancellationToken)
    {
        var url = new Uri(_baseUri, path);
        var payload = body?.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            using var request = new HttpRequestMessage(method, url);
            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }

            if (!string.IsNullOrEmpty(_options.ApiKey))
            {
                request.Headers.Add("api-key", _options.ApiKey);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new QdrantException(
                    $"Qdrant {operation} at {url} timed out after {_options.Timeout.TotalSeconds:0.#} s. Is Qdrant running and reachable at {_baseUri}? Raise Qdrant:Timeout for large batches.",
                    operation, url, null, ex);
            }
            catch (HttpRequestException ex)
            {
                var socket = ex.InnerException as SocketException;
                var cause = socket is not null ? $"{socket.SocketErrorCode} ({socket.Message})" : ex.HttpRequestError + " (" + ex.Message + ")";
                throw new QdrantException(
                    $"Qdrant {operation} at {url} failed: {cause}. Is Qdrant running at {_baseUri}? Set Qdrant:Url to its REST endpoint (port 6333 by default).",
                    operation, url, null, ex);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return Envelope(text, operation, url);
                }

                if (response.StatusCode == HttpStatusCode.NotFound && allowNotFound)
                {
                    return null;
                }

                if (IsRetryable(response.StatusCode) && attempt < _options.MaxRetries)
                {
                    await Task.Delay(RetryDelay(response.Headers.RetryAfter, attempt, _options.MaxRetryDelay, DateTimeOffset.UtcNow), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw Failure(response.StatusCode, text, operation, url, attempt);
            }
        }
    }

    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>Retry-After (seconds or date) when given, else 0.5 s doubling; never negative, never above <paramref name="max"/>.</summary>
    internal static TimeSpan RetryDelay(RetryConditionHeaderValue? retryAfter, int attempt, TimeSpan max, DateTimeOffset now)
    {
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - now : TimeSpan.FromMilliseconds(500 * (1 << attempt)));
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay > max ? max : delay;
    }

    private QdrantException Failure(HttpStatusCode status, string text, string operation, Uri url, int attempt)
    {
        var error = ErrorText(text);
        var hint = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "Check Qdrant:ApiKey (sent as the api-key header).",
            HttpStatusCode.NotFound => $"Is Qdrant running at {_baseUri}, and does the collection exist? Set Qdrant:Url and Qdrant:CollectionName.",
            _ when (int)status >= 500 => $"Qdrant at {_baseUri} reported a server error; see its log.",
            _ => "The request was rejected; this is likely an adapter or configuration bug.",
        };
        var retried = attempt > 0 ? $" after {attempt + 1} attempts" : "";
        return new QdrantException(
            $"Qdrant {operation} at {url} failed with HTTP {(int)status} {status}{retried}: {error}. {hint}",
            operation, url, status);
    }

    /// <summary>Qdrant errors look like {"status":{"error":"…"}}; a proxy may send anything else.</summary>
    private static string ErrorText(string text)
    {
        try
        {
            if (JsonNode.Parse(text)?["status"]?["error"] is JsonValue error)
            {
                return error.GetValue<string>();
            }
        }
        catch (JsonException)
        {
        }

        var trimmed = text.Length > 300 ? text[..300] + "…" : text;
        return trimmed.Length == 0 ? "(empty body)" : trimmed;
    }

    private static JsonNode? Envelope(string text, string operation, Uri url)
    {
        try
        {
            var root = JsonNode.Parse(text);
            return root?["result"]?.DeepClone();
        }
        catch (JsonException ex)
        {
            throw new QdrantException($"Qdrant {operation} at {url} returned a body that is not JSON. Is {url.GetLeftPart(UriPartial.Authority)} really Qdrant's REST port?", operation, url, null, ex);
        }
    }
}
