using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>
/// An in-memory Qdrant that speaks the documented REST subset the adapter uses and checks every request against it:
/// path, verb, <c>wait=true</c> on writes, body keys and types, the api-key header, vector length = collection size.
/// A request outside the contract is recorded in <see cref="Violations"/> and answered 400 so the adapter fails loudly.
/// </summary>
public sealed class QdrantContractServer : IAsyncDisposable
{
    // PayloadSchemaType in Qdrant's OpenAPI.
    private static readonly string[] IndexSchemas = ["keyword", "integer", "float", "bool", "geo", "datetime", "text", "uuid"];

    // Keeps quotes and backticks readable in error messages, as Qdrant's own responses are.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WebApplication _app;
    private readonly string? _apiKey;
    private readonly ConcurrentDictionary<string, ContractCollection> _collections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, Action? OnServed)> _faults = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<bool> _hangs = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Lock _gate = new();

    private QdrantContractServer(WebApplication app, string? apiKey)
    {
        _app = app;
        _apiKey = apiKey;
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>"VERB /path?query" of every request received, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<QdrantContractServer> StartAsync(string? apiKey, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new QdrantContractServer(app, apiKey);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Url = new Uri(address);
        return server;
    }

    /// <summary>The next request (after the api-key check) is answered with this status and a Qdrant error body.</summary>
    /// <param name="status">HTTP status to answer with.</param>
    /// <param name="retryAfter">Retry-After header value, if any.</param>
    /// <param name="onServed">Runs as the fault is answered, e.g. to cancel the caller while it waits to retry.</param>
    public void FailNext(int status, string? retryAfter = null, Action? onServed = null) => _faults.Enqueue((status, retryAfter, onServed));

    /// <summary>The next request gets no answer until the client gives up (aborts the connection).</summary>
    public void HangNext() => _hangs.Enqueue(true);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        if (_apiKey is not null && request.Headers["api-key"] != _apiKey)
        {
            await Error(context, 401, "Must provide an API key or an Authorization bearer token");
            return;
        }

        if (_hangs.TryDequeue(out _))
        {
            var aborted = new TaskCompletionSource();
            using (context.RequestAborted.Register(aborted.SetResult))
            {
                await aborted.Task;
            }

            return;
        }

        if (_faults.TryDequeue(out var fault))
        {
            if (fault.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = fault.RetryAfter;
            }

            await Error(context, fault.Status, "Service fault injected by the contract test");
            await context.Response.CompleteAsync();
            fault.OnServed?.Invoke();
            return;
        }

        try
        {
            var body = await ReadBody(request);
            var (status, result) = Route(request.Method, request.Path.Value ?? "", request.Query, body);
            if (status == 200)
            {
                await Json(context, 200, new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.0001 });
            }
            else
            {
                await Error(context, status, result!.GetValue<string>());
            }
        }
        catch (ContractViolationException ex)
        {
            var message = $"{request.Method} {request.Path}{request.QueryString}: {ex.Message}";
            _violations.Enqueue(message);
            await Error(context, 400, "contract violation: " + message);
        }
    }

    private static async Task<JsonNode?> ReadBody(HttpRequest request)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return null;
        }

        QdrantContractFilter.Check(request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true, $"Content-Type must be application/json, got '{request.ContentType}'");
        try
        {
            return await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException ex)
        {
            throw new ContractViolationException("body is not JSON: " + ex.Message);
        }
    }

    private (int Status, JsonNode? Result) Route(string method, string path, IQueryCollection query, JsonNode? body)
    {
        var parts = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        QdrantContractFilter.Check(parts.Length >= 1 && parts[0] == "collections", "unknown path");
        lock (_gate)
        {
            return (method, parts.Length, parts.Length > 2 ? string.Join('/', parts[2..]) : "") switch
            {
                ("GET", 1, _) => (200, new JsonObject { ["collections"] = new JsonArray(_collections.Keys.Select(n => (JsonNode?)new JsonObject { ["name"] = n }).ToArray()) }),
                ("GET", 2, _) => WithCollection(parts[1], c => c.Info()),
                ("PUT", 2, _) => CreateCollection(parts[1], Body(body)),
                ("DELETE", 2, _) => (200, JsonValue.Create(_collections.TryRemove(parts[1], out _))),
                ("PUT", _, "index") => Write(query, () => WithCollection(parts[1], c => c.CreateIndex(Body(body), IndexSchemas))),
                ("PUT", _, "points") => Write(query, () => WithCollection(parts[1], c => c.Upsert(Body(body)))),
                ("POST", _, "points") => WithCollection(parts[1], c => c.Get(Body(body))),
                ("POST", _, "points/delete") => Write(query, () => WithCollection(parts[1], c => c.Delete(Body(body)))),
                ("POST", _, "points/query") => WithCollection(parts[1], c => c.Query(Body(body))),
                ("POST", _, "points/count") => WithCollection(parts[1], c => c.Count(Body(body))),
                ("POST", _, "points/scroll") => WithCollection(parts[1], c => c.Scroll(Body(body))),
                _ => throw new ContractViolationException("no such endpoint in the documented subset"),
            };
        }
    }

    private static JsonObject Body(JsonNode? body) => body as JsonObject ?? throw new ContractViolationException("a JSON object body is required");

    // The adapter promises read-your-writes, which Qdrant only gives with wait=true.
    private static (int, JsonNode?) Write(IQueryCollection query, Func<(int, JsonNode?)> write)
    {
        QdrantContractFilter.Check(query["wait"] == "true", "writes must pass ?wait=true");
        return write();
    }

    private (int, JsonNode?) WithCollection(string name, Func<ContractCollection, JsonNode?> action) =>
        _collections.TryGetValue(name, out var collection)
            ? (200, action(collection))
            : (404, JsonValue.Create($"Not found: Collection `{name}` doesn't exist!"));

    private (int, JsonNode?) CreateCollection(string name, JsonObject body)
    {
        QdrantContractFilter.Check(body.Count == 1 && body["vectors"] is JsonObject, "create collection body must be {vectors:{size, distance}}");
        var vectors = (JsonObject)body["vectors"]!;
        QdrantContractFilter.Check(vectors["size"] is JsonValue s && s.GetValueKind() == JsonValueKind.Number && s.GetValue<int>() > 0, "vectors.size must be a positive integer");
        var distance = QdrantContractFilter.RequireString(vectors["distance"], "vectors.distance");
        QdrantContractFilter.Check(distance is "Cosine" or "Euclid" or "Dot" or "Manhattan", $"vectors.distance '{distance}' is not one of Cosine, Euclid, Dot, Manhattan");
        if (_collections.ContainsKey(name))
        {
            return (409, JsonValue.Create($"Wrong input: Collection `{name}` already exists!"));
        }

        _collections[name] = new ContractCollection(vectors["size"]!.GetValue<int>(), distance);
        return (200, JsonValue.Create(true));
    }

    private static Task Error(HttpContext context, int status, string message) =>
        Json(context, status, new JsonObject { ["status"] = new JsonObject { ["error"] = message }, ["time"] = 0.0001 });

    private static async Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(Relaxed));
    }
}
