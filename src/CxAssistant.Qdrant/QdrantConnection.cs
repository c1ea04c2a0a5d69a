using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

/// <summary>
/// One gRPC channel to Qdrant and the official <see cref="QdrantClient"/> over it. Resilience is gRPC's own retry
/// policy
/// (a service config on the channel): UNAVAILABLE and RESOURCE_EXHAUSTED are retried with exponential back-off and
/// jitter, inside each call's deadline (<see cref="QdrantOptions.Timeout"/>). An HTTP resilience handler
/// (Microsoft.Extensions.Http.Resilience) would sit below gRPC and see neither gRPC status codes (they travel in
/// trailers of an HTTP 200) nor call deadlines, so it is the wrong layer here. Every write this adapter sends is
/// idempotent (upserts and deletes keyed by point id), so retrying one is safe.
/// </summary>
public sealed class QdrantConnection : IDisposable
{
    // Requests up to this size stay buffered so they can be retried (the default, 1 MiB, is below a full upsert batch).
    private const int RetryBufferPerCall = 16 * 1024 * 1024;

    private readonly GrpcChannel _channel;

    public QdrantConnection(QdrantOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Address = options.Validate();
        var channelOptions = new GrpcChannelOptions
        {
            // Cancelling the caller's token surfaces as OperationCanceledException, not as an RpcException.
            ThrowOperationCanceledOnCancellation = true,
            MaxRetryBufferPerCallSize = RetryBufferPerCall,
            HttpHandler = handler,
            DisposeHttpClient = handler is not null,
        };
        if (options.MaxRetries > 0)
        {
            channelOptions.ServiceConfig = new ServiceConfig { MethodConfigs = { RetryEverything(options) } };
        }
        _channel = GrpcChannel.ForAddress(Address, channelOptions);
        var invoker = options.ApiKey is { Length: > 0 } key
            ? _channel.Intercept(metadata =>
            {
                metadata.Add("api-key", key);
                return metadata;
            })
            : _channel.CreateCallInvoker();
        Client = new QdrantClient(new QdrantGrpcClient(invoker), options.Timeout);
    }

    public QdrantOptions Options { get; }

    public Uri Address { get; }

    public QdrantClient Client { get; }

    private static MethodConfig RetryEverything(QdrantOptions options) =>
        new()
        {
            Names = { MethodName.Default },
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = options.MaxRetries + 1,
                InitialBackoff = options.InitialBackoff,
                MaxBackoff = options.MaxBackoff,
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable, StatusCode.ResourceExhausted },
            },
        };

    public void Dispose()
    {
        Client.Dispose();
        _channel.Dispose();
    }
}
