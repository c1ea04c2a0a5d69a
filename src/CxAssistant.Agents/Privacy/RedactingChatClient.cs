using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Providers;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Privacy;

/// <summary>
/// The redaction gate in front of every chat model: each request's messages and instructions go through
/// <see cref="PiiGate"/> before anything below (cache, telemetry, logging, resilience, the provider) sees them.
/// <see cref="ModelProviderFactory"/> installs it on every client it builds, so business code cannot obtain a chat
/// client
/// without it, and <see cref="GetService"/> hands out no layer below it (nor the vendor SDK client).
/// </summary>
public sealed class RedactingChatClient(IChatClient innerClient, PiiGate gate) : DelegatingChatClient(innerClient)
{
    /// <summary>The gate (for its counts).</summary>
    public PiiGate Gate { get; } = gate;

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        base.GetResponseAsync(
            GatedMessages.Redact(Gate, messages),
            GatedMessages.Redact(Gate, options),
            cancellationToken
        );

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    ) =>
        base.GetStreamingResponseAsync(
            GatedMessages.Redact(Gate, messages),
            GatedMessages.Redact(Gate, options),
            cancellationToken
        );

    /// <summary>
    /// This client, the gate and descriptive metadata; never a client below the gate or the SDK's own client, which
    /// would
    /// let a caller send text around it.
    /// </summary>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType.IsInstanceOfType(this))
        {
            return this;
        }
        if (serviceKey is null && serviceType == typeof(PiiGate))
        {
            return Gate;
        }
        // The cache's control surface is not a chat client, so handing it out opens no path around the gate.
        return
            serviceType == typeof(ChatClientMetadata)
            || serviceType == typeof(ProviderInfo)
            || serviceType == typeof(IResponseCacheControl)
            ? base.GetService(serviceType, serviceKey)
            : null;
    }
}
