using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// An in-process server that speaks Qdrant's gRPC services (<c>qdrant.Collections</c>, <c>qdrant.Points</c>) over
/// HTTP/2 cleartext on a dynamic loopback port (Kestrel), with Qdrant.Client's own message types. It keeps collections
/// and points in memory, answers like Qdrant (cosine and sparse search, RRF fusion, filters, payload selection),
/// refuses
/// what Qdrant refuses (with Qdrant's status codes and messages), records every call, and can fail or hold calls on
/// purpose to exercise the client's retry policy and deadlines.
/// </summary>
public sealed class QdrantContractServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _apiKey;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentQueue<StatusCode> _failures = new();
    private TaskCompletionSource? _hold;

    private QdrantContractServer(string? apiKey)
    {
        _apiKey = apiKey;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = 64 * 1024 * 1024);
        builder.Services.AddSingleton(this);
        builder.Services.AddSingleton<FakeQdrantService>();
        builder.Services.AddSingleton<IServiceMethodProvider<FakeQdrantService>, QdrantMethodProvider>();
        _app = builder.Build();
        _app.MapGrpcService<FakeQdrantService>();
    }

    /// <summary>The server's address (http://127.0.0.1:port), for <c>Qdrant:Url</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every call received, in order (including refused ones).</summary>
    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public static async Task<QdrantContractServer> StartAsync(
        string? apiKey = null,
        CancellationToken cancellationToken = default
    )
    {
        var server = new QdrantContractServer(apiKey);
        await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = server
            ._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        server.Url = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>
    /// The next <paramref name="count"/> calls fail with <paramref name="code"/> (after being recorded).
    /// </summary>
    public void FailNext(int count, StatusCode code)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue(code);
        }
    }

    /// <summary>
    /// Calls wait until <see cref="Release"/> (or until the caller gives up), to exercise deadlines and cancellation.
    /// </summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    /// <summary>
    /// Points of a collection as stored (for assertions), or null when the collection does not exist.
    /// </summary>
    public int? PointCount(string collection) =>
        _app.Services.GetRequiredService<FakeQdrantService>().Find(collection)?.Points.Count;

    internal async Task AdmitAsync<TRequest>(string method, TRequest request, ServerCallContext context)
        where TRequest : IMessage<TRequest>
    {
        _calls.Enqueue(new RecordedCall(method, request.Clone()));
        if (_apiKey is not null)
        {
            var key = context.RequestHeaders.GetValue("api-key");
            if (key is null)
            {
                throw new RpcException(
                    new Status(StatusCode.Unauthenticated, "Must provide an API key or an Authorization bearer token")
                );
            }
            if (key != _apiKey)
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, "Invalid API key or JWT"));
            }
        }
        if (_failures.TryDequeue(out var code))
        {
            throw new RpcException(new Status(code, $"injected {code}"));
        }
        if (_hold is { } hold)
        {
            await hold.Task.WaitAsync(context.CancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>One call as the server received it: the gRPC method name and a copy of the request message.</summary>
public sealed record RecordedCall(string Method, IMessage Request);
