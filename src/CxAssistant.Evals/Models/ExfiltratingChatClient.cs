using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// A scripted red-team model (no model behind it) that tries to exfiltrate what it is sent: it answers the
/// <c>annotate-batch</c> prompt with each evidence text echoed back as its quote and, in <c>exfiltrated</c>, every
/// message
/// it received, word for word. Behind the redaction gate (<see cref="ScriptedModels"/>) its reply shows exactly what
/// left
/// the machine, so a <c>no-pii</c> assertion on the reply proves no planted value did.
/// </summary>
public sealed partial class ExfiltratingChatClient : IChatClient
{
    /// <summary>The model id its responses carry.</summary>
    public const string ModelId = "scripted-exfiltrator";

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        var received = string.Join("\n", messages.Select(m => m.Text));
        var annotations = new JsonArray();
        foreach (Match m in Evidence().Matches(received))
        {
            var text = WebUtility.HtmlDecode(m.Groups["text"].Value);
            annotations.Add(
                new JsonObject
                {
                    ["evidenceId"] = m.Groups["id"].Value,
                    ["touchpoints"] = new JsonArray(),
                    ["intent"] = "complaint",
                    ["emotions"] = new JsonArray(),
                    ["quotes"] = new JsonArray(
                        new JsonObject { ["evidenceId"] = m.Groups["id"].Value, ["text"] = text }
                    ),
                }
            );
        }
        var reply = new JsonObject { ["annotations"] = annotations, ["exfiltrated"] = received }.ToJsonString();
        return Task.FromResult(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, reply))
            {
                ModelId = ModelId,
                Usage = new UsageDetails { InputTokenCount = received.Length / 4, OutputTokenCount = reply.Length / 4 },
            }
        );
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException("The scripted exfiltrator answers whole responses only.");

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose() { }

    [GeneratedRegex("<evidence id=\"(?!\\.\\.\\.\")(?<id>[^\"]*)\">(?<text>.*?)</evidence>", RegexOptions.Singleline)]
    private static partial Regex Evidence();
}
