using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CxAssistant.Agents.Tests.Support;

namespace CxAssistant.Agents.Tests.Privacy.Planted;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (a port the OS picks) built on HttpListener, for test projects that cannot
/// host ASP.NET (the CLI tests run cx from their own folder). Records every request, checks it against
/// <see cref="WireContract"/> (a violation is answered with 400 and listed), and answers with
/// <see cref="ScriptedModel"/>.
/// </summary>
public sealed class LoopbackModelServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly Task _loop;

    private LoopbackModelServer(HttpListener listener, Uri address)
    {
        _listener = listener;
        BaseAddress = address;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Starts a server on a free loopback port (retrying when another process takes the port first).</summary>
    public static LoopbackModelServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return new LoopbackModelServer(listener, address);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Wire-format violations found so far.</summary>
    public IReadOnlyList<string> Violations => [.. _violations];

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e)
                when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var headers = context
                .Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url?.AbsolutePath ?? "",
                context.Request.Url?.Query ?? "",
                headers,
                body,
                DateTimeOffset.UtcNow
            );
            _requests.Enqueue(request);
            var problems = WireContract.Check(request);
            var (status, contentType, text) =
                problems.Count > 0
                    ? (400, "application/json", "{\"error\":{\"message\":\"wire check failed\"}}")
                    : ScriptedModel.Answer(request);
            foreach (var p in problems)
            {
                _violations.Enqueue($"{request.Method} {request.Path}: {p}");
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }
}
