using System.Text.Json.Nodes;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Evidence;
using CxAssistant.Evals.Stages;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Bench;

/// <summary>
/// A scripted chat client (no model): answers <see cref="JsonInputsPromptRenderer"/> prompts with the offline
/// annotator's output. Its responses are labelled <c>scripted</c> everywhere, never as a model's.
/// </summary>
public sealed class ScriptedAnnotationClient : IChatClient
{
    /// <summary>The model id scripted responses carry.</summary>
    public const string ModelId = "scripted-offline-annotator";

    private readonly OfflineAnnotator _annotator = new(Stages.NoTouchpointMatcher.Instance);
    private int _calls;

    /// <summary>Requests answered.</summary>
    public int Calls => _calls;

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        Interlocked.Increment(ref _calls);
        var user = messages.Last(m => m.Role == ChatRole.User).Text;
        var start = user.IndexOf("<inputs>", StringComparison.Ordinal) + "<inputs>".Length;
        var end = user.LastIndexOf("</inputs>", StringComparison.Ordinal);
        var inputs = JsonNode.Parse(user[start..end])!;
        var list = new JsonArray();
        foreach (var r in inputs["records"]!.AsArray())
        {
            var record = new EvidenceRecord
            {
                Id = r!["id"]!.ToString(),
                RecordId = r["id"]!.ToString(),
                Source = new SourceLocation("scripted", 1),
                Channel = Channel.Review,
                Text = r["text"]!.ToString(),
            };
            list.Add(StageJson.Annotation(_annotator.Annotate(record), record));
        }
        var text = new JsonObject { ["annotations"] = list }.ToJsonString();
        return Task.FromResult(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
            {
                ModelId = ModelId,
                Usage = new UsageDetails { InputTokenCount = user.Length / 4, OutputTokenCount = text.Length / 4 },
            }
        );
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException("The scripted client answers whole responses only.");

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose() { }
}
