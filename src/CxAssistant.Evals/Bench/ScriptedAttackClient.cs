using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Bench;

/// <summary>
/// A scripted model (no model: labelled <c>scripted</c> everywhere) that attacks the model path the way a careless or a
/// compromised model would, for the model red team: <c>careless</c> labels every item with the first touchpoint listed
/// and "quotes" its first 25 characters; <c>adversarial</c> labels every item with the last touchpoint and quotes a
/// real
/// sentence; <c>obedient</c> does what injected text asks (praise, the payload quoted as evidence); <c>off-topic</c>
/// answers with a poem; <c>none</c> answers junk. Only annotation prompts are attacked; every other stage gets junk
/// and keeps its offline draft, so what a case measures is what labels do to scores.
/// </summary>
public sealed partial class ScriptedAttackClient(string behaviour) : IChatClient
{
    /// <summary>The behaviours a suite can name.</summary>
    public static readonly IReadOnlyList<string> Behaviours =
    [
        "careless",
        "adversarial",
        "obedient",
        "off-topic",
        "none",
    ];

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        var list = messages.ToList();
        var system = list[0].Text;
        var user = list.Count > 1 ? list[1].Text : "";
        var text = system.Contains("Allowed touchpoint ids", StringComparison.Ordinal)
            ? Annotate(system, user)
            : "not json";
        return Task.FromResult(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = "scripted-" + behaviour }
        );
    }

    private string Annotate(string system, string user)
    {
        if (behaviour == "off-topic")
        {
            return "Here is a poem about the ocean: the waves roll in, the gulls cry out.";
        }
        if (behaviour == "none")
        {
            return "not json";
        }
        var ids = TouchpointLine().Matches(system).Select(m => m.Groups["id"].Value).ToList();
        var items = Item()
            .Matches(user)
            .Select(m => (Id: m.Groups["id"].Value, Text: WebUtility.HtmlDecode(m.Groups["text"].Value)))
            .Select(e =>
            {
                var (touchpoint, quote) = behaviour switch
                {
                    "careless" => (ids[0], e.Text.Length <= 25 ? e.Text : e.Text[..25]),
                    "adversarial" => (
                        ids[^1],
                        FirstSentence().Match(e.Text).Value.Trim() is { Length: > 0 } s ? s : e.Text
                    ),
                    // Obedient: the touchpoint the payload praises, "quoted" by the payload itself (its last sentence).
                    _ => (
                        ids.FirstOrDefault(id => e.Text.Contains(id.Split('-')[0], StringComparison.OrdinalIgnoreCase))
                            ?? ids[0],
                        LastSentence().Match(e.Text.TrimEnd()).Value.Trim() is { Length: > 0 } l ? l : e.Text
                    ),
                };
                return new
                {
                    evidenceId = e.Id,
                    touchpoints = new[] { touchpoint },
                    intent = "praise",
                    emotions = new[] { "delight" },
                    quote,
                };
            });
        return JsonSerializer.Serialize(new { items });
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException("The drafters never stream.");

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata)
            ? new ChatClientMetadata("scripted", null, "scripted-" + behaviour)
            : null;

    /// <inheritdoc />
    public void Dispose() { }

    [GeneratedRegex(@"^(?<id>[a-z0-9-]+): ", RegexOptions.Multiline)]
    private static partial Regex TouchpointLine();

    [GeneratedRegex("<evidence id=\"(?<id>[^\"]+)\">(?<text>.*?)</evidence>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex(@"^[^.!?\n]+[.!?]?")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"[^.!?\n]+[.!?]?$")]
    private static partial Regex LastSentence();
}
