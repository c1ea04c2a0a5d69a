using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Privacy;

/// <summary>
/// Rebuilds a request with every piece of text redacted: message text, reasoning, tool results and tool-call arguments,
/// author names and the instructions. New messages and contents are made without the SDK's raw representations (an SDK
/// would send those instead). Content the gate cannot read (images, files, unknown kinds) is refused, never sent
/// unread.
/// </summary>
internal static class GatedMessages
{
    private static readonly JsonSerializerOptions Json = new(AIJsonUtilities.DefaultOptions)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<ChatMessage> Redact(PiiGate gate, IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return
        [
            .. messages.Select(m => new ChatMessage(m.Role, [.. m.Contents.Select(c => Redact(gate, c))])
            {
                AuthorName = m.AuthorName is null ? null : gate.Redact(m.AuthorName),
                MessageId = m.MessageId,
                CreatedAt = m.CreatedAt,
            }),
        ];
    }

    public static ChatOptions? Redact(PiiGate gate, ChatOptions? options)
    {
        if (options?.Instructions is not { Length: > 0 } instructions)
        {
            return options;
        }
        var copy = options.Clone();
        copy.Instructions = gate.Redact(instructions);
        return copy;
    }

    private static AIContent Redact(PiiGate gate, AIContent content) =>
        content switch
        {
            TextContent text => new TextContent(gate.Redact(text.Text ?? "")),
            TextReasoningContent reasoning => new TextReasoningContent(gate.Redact(reasoning.Text ?? "")),
            FunctionResultContent result => new FunctionResultContent(result.CallId, Redact(gate, result.Result)),
            FunctionCallContent call => new FunctionCallContent(
                call.CallId,
                call.Name,
                call.Arguments?.ToDictionary(a => a.Key, a => (object?)Redact(gate, a.Value))
            ),
            UsageContent usage => usage,
            _ => throw new PiiGateException(
                $"A {content.GetType().Name} cannot be checked for personal data, so it is not sent to the model."
            ),
        };

    // Tool results arrive as JsonElement (AIFunction marshalling), strings or objects: all become redacted JSON or
    // text.
    private static object? Redact(PiiGate gate, object? value) =>
        value switch
        {
            null => null,
            string s => gate.Redact(s),
            JsonElement e => gate.Redact(JsonNode.Parse(e.GetRawText())),
            JsonNode n => gate.Redact(n.DeepClone()),
            bool or int or long or double or float or decimal => value,
            _ => gate.Redact(JsonSerializer.SerializeToNode(value, value.GetType(), Json)),
        };
}
