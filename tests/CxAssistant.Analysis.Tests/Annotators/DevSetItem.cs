using System.Text.Json.Serialization;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>One hand-labelled line of evals/devset/language.*.jsonl.</summary>
public sealed record DevSetItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("industry")] string Industry,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("rating")] double? Rating,
    [property: JsonPropertyName("nps")] int? Nps,
    [property: JsonPropertyName("sentiment")] string Sentiment,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("job_state")] string JobState,
    [property: JsonPropertyName("emotions")] IReadOnlyList<string> Emotions
);
