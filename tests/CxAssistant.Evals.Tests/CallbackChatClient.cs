using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Tests;

/// <summary>A chat client double (no model can run here) that hands each request to a callback, which asserts on it and answers.</summary>
internal sealed class CallbackChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, string> answer) : IChatClient
{
    private int _calls;

    /// <summary>Requests answered so far; counted atomically because the runner asks for several cases at once.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var text = answer([.. messages], options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "judge-test", Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 } });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
