using System.Diagnostics;
using CxAssistant.Agents.Providers;
using Microsoft.Extensions.AI;

namespace CxAssistant.Hosting.Providers;

/// <summary>Sends one tiny request to each configured provider (for <c>cx providers --check</c>).</summary>
public static class ProviderCheck
{
    private const int MaxReplyShown = 40;

    /// <summary>Asks the chat model for a one-word reply; offline chat is reported as nothing to check.</summary>
    public static async Task<ProviderCheckResult> CheckChatAsync(
        ModelProviders providers,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(providers);
        if (providers.ChatClient is not { } chat)
        {
            return new ProviderCheckResult(providers.Chat, true, "offline: nothing to contact", TimeSpan.Zero);
        }
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await chat.GetResponseAsync(
                    "Reply with the single word: ok",
                    new ChatOptions { Temperature = 0, MaxOutputTokens = 5 },
                    cancellationToken
                )
                .ConfigureAwait(false);
            var reply = Flatten(response.Text);
            return new ProviderCheckResult(
                providers.Chat,
                reply.Length > 0,
                reply.Length > 0
                    ? $"replied '{(reply.Length > MaxReplyShown ? reply[..MaxReplyShown] + "…" : reply)}'"
                    : "replied with no text",
                clock.Elapsed
            );
        }
        catch (ModelProviderException e)
        {
            return new ProviderCheckResult(providers.Chat, false, e.Message, clock.Elapsed);
        }
    }

    /// <summary>Embeds one short text and reports the vector size.</summary>
    public static async Task<ProviderCheckResult> CheckEmbeddingsAsync(
        ModelProviders providers,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(providers);
        var clock = Stopwatch.StartNew();
        try
        {
            var embeddings = await providers
                .EmbeddingGenerator.GenerateAsync(["delivery was late"], cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            var length = embeddings.Count == 1 ? embeddings[0].Vector.Length : 0;
            return new ProviderCheckResult(
                providers.Embeddings,
                length > 0,
                length > 0 ? $"{length}-dimension vector" : $"expected one vector, got {embeddings.Count}",
                clock.Elapsed
            );
        }
        catch (ModelProviderException e)
        {
            return new ProviderCheckResult(providers.Embeddings, false, e.Message, clock.Elapsed);
        }
    }

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
