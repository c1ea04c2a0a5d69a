using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Providers;

/// <summary>
/// Innermost chat layer: SDK failures leave as <see cref="ModelProviderException"/>, streams included.
/// </summary>
internal sealed class ProviderErrorChatClient(IChatClient innerClient, ProviderInfo provider)
    : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ProviderErrors.Translate(e, provider, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        // yield cannot sit inside try/catch, so step the enumerator by hand.
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                    update = updates.Current;
                }
                catch (Exception e) when (ProviderErrors.Translate(e, provider, cancellationToken) is { } translated)
                {
                    throw translated;
                }
                yield return update;
            }
        }
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ProviderInfo) ? provider : base.GetService(serviceType, serviceKey);
}
