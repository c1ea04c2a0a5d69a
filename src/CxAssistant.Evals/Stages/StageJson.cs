using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// How offline stages write their outputs: the same camelCase, kebab-case-enum JSON as analysis.json, and the label
/// vocabulary of the dev sets.
/// </summary>
public static class StageJson
{
    /// <summary>Serializer settings for stage outputs.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Any value as a JSON tree.</summary>
    public static JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options) ?? new JsonObject();

    /// <summary>One annotation in the shape the annotation prompt asks a model for.</summary>
    public static JsonObject Annotation(Annotation a, EvidenceRecord record) =>
        new()
        {
            ["evidenceId"] = a.EvidenceId,
            ["touchpoints"] = new JsonArray([.. a.Touchpoints.Select(t => (JsonNode)t.TouchpointId)]),
            ["sentiment"] = a.Sentiment,
            ["sentimentLabel"] = a.SentimentLabel.ToString().ToLowerInvariant(),
            ["intent"] = IntentLabel(a.Intent),
            ["jobState"] = a.JobState.ToString().ToLowerInvariant(),
            ["emotions"] = new JsonArray([.. a.Emotions.Select(e => (JsonNode)e.ToString().ToLowerInvariant())]),
            ["quotes"] = new JsonArray([
                .. a
                    .Cues
                    // A payload span is what the annotator read around, never something to quote back.
                    .Where(c =>
                        c.Start >= 0
                        && c.End <= record.Text.Length
                        && c.Start < c.End
                        && !c.Label.StartsWith(CueLabels.Payload, StringComparison.Ordinal)
                    )
                    .Select(c => (JsonNode)Quote(EvidenceQuote.Of(record, c.Start, c.End), c.Label)),
            ]),
        };

    /// <summary>A quote with its evidence id, offsets and text.</summary>
    public static JsonObject Quote(EvidenceQuote q, string? label = null)
    {
        var o = new JsonObject
        {
            ["evidenceId"] = q.EvidenceId,
            ["start"] = q.Start,
            ["end"] = q.End,
            ["text"] = q.Text,
        };
        if (label is not null)
        {
            o["label"] = label;
        }
        return o;
    }

    /// <summary>The dev sets' intent vocabulary (help_request, not helprequest).</summary>
    public static string IntentLabel(Intent intent) =>
        intent == Intent.HelpRequest ? "help_request" : intent.ToString().ToLowerInvariant();
}
