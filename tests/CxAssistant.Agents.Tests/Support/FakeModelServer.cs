using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>
/// An in-process Kestrel server on 127.0.0.1 (port chosen by the OS) standing in for a model service. Every
/// request is recorded, checked against the documented wire format (<see cref="WireContract"/>; a violation is
/// answered with 400 and listed in <see cref="Violations"/>), then answered by the next scripted responder; the
/// last responder repeats.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Responder[] _script;
    private int _next = -1;

    /// <summary>Answers one request.</summary>
    public delegate Task Responder(RecordedRequest request, HttpResponse response, CancellationToken cancellationToken);

    private FakeModelServer(WebApplication app, Responder[] script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>Starts a server that answers with <paramref name="script"/> in order.</summary>
    public static async Task<FakeModelServer> StartAsync(params Responder[] script)
    {
        if (script.Length == 0)
        {
            throw new ArgumentException("At least one responder is needed.", nameof(script));
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeModelServer(app, script);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => new(_app.Urls.First() + "/");

    /// <summary>Requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>
    /// Waits until at least <paramref name="count"/> requests have arrived: a test that must act while a request is in
    /// flight (cancel it) waits for the request itself rather than for a guessed number of milliseconds.
    /// </summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (_requests.Count < count)
        {
            await _arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Wire-format violations found so far (empty when the client spoke the documented API).</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key,
            h => h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase
        );
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            headers,
            body,
            DateTimeOffset.UtcNow
        );
        _requests.Enqueue(request);
        _arrived.Release();
        var problems = WireContract.Check(request);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                _violations.Enqueue($"{request.Method} {request.Path}: {p}");
            }
            await Wire.Error(400, "wire check: " + string.Join("; ", problems))(
                    request,
                    context.Response,
                    context.RequestAborted
                )
                .ConfigureAwait(false);
            return;
        }
        var index = Math.Min(Interlocked.Increment(ref _next), _script.Length - 1);
        try
        {
            await _script[index](request, context.Response, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (its timeout): nothing left to answer.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _arrived.Dispose();
    }
}
