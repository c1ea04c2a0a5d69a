using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CxAssistant.Web.Chat;

namespace CxAssistant.Web.Endpoints;

/// <summary>
/// <c>GET /w/{ws}/chat/stream?q=…&amp;c=…</c>: the answer as server-sent events — <c>text</c> and <c>citation</c>
/// ({text, evidenceId}) events, then <c>done</c>. <c>c</c> is the panel's conversation id, so a follow-up keeps its
/// context. GET because EventSource can only GET; it only reads data.
/// </summary>
public static class ChatStreamEndpoint
{
    public static IResult Handle(
        string ws,
        string? q,
        string? c,
        WebChat responder,
        CancellationToken cancellationToken
    ) =>
        TypedResults.ServerSentEvents(
            Stream(responder.AnswerAsync(ws, q ?? "", c, cancellationToken), cancellationToken)
        );

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        IAsyncEnumerable<ChatEvent> answer,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        await foreach (var e in answer.WithCancellation(cancellationToken))
        {
            yield return new SseItem<string>(
                JsonSerializer.Serialize(new { text = e.Text, evidenceId = e.EvidenceId }),
                e.Kind
            );
        }
        yield return new SseItem<string>("{}", "done");
    }
}
