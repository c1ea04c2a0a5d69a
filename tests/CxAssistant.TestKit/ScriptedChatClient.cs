using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace CxAssistant.TestKit;

/// <summary>
/// The language model at the model edge (no model runs here): answers each request with a scripted function of the
/// request, or with queued responses in order, and records every request (messages and options) so tests can assert
/// on what was sent. Streams by splitting the same response into updates. Reports its provider as "scripted".
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> _respond;
    private readonly List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> _requests = [];

    /// <summary>Answers every request with the text the function gives for its messages.</summary>
    public ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, string> answer)
        : this((messages, _) => Text(answer(messages))) { }

    /// <summary>Answers every request with the response the function gives for its messages and options.</summary>
    public ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> respond) =>
        _respond = respond;

    /// <summary>Answers requests with <paramref name="script"/> in order; throws when the script runs out.</summary>
    public ScriptedChatClient(params ChatResponse[] script)
    {
        var queue = new Queue<ChatResponse>(script);
        _respond = (_, _) =>
        {
            lock (queue)
            {
                return queue.Count > 0
                    ? queue.Dequeue()
                    : throw new InvalidOperationException("The script has no more responses.");
            }
        };
    }

    /// <summary>
    /// Every request so far, in the order they arrived (a snapshot; safe while requests run in parallel).
    /// </summary>
    public IReadOnlyList<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ChatMessage> list = [.. messages];
        lock (_requests)
        {
            _requests.Add((list, options));
        }
        return Task.FromResult(_respond(list, options));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted", null, "scripted-model") : null;

    public void Dispose() { }

    /// <summary>An assistant response with this text.</summary>
    public static ChatResponse Text(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    /// <summary>An assistant response that calls these functions.</summary>
    public static ChatResponse Calls(params FunctionCallContent[] calls) =>
        new(new ChatMessage(ChatRole.Assistant, [.. calls]));
}
