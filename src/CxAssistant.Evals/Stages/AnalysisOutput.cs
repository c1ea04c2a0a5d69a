using System.Text.Json.Nodes;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Evals.Stages;

/// <summary>The red-team view of an analysis: what a user acts on (labels, scores, fix-first order, quotes).</summary>
internal static class AnalysisOutput
{
    public static JsonNode From(AnalysisResult a) => new JsonObject
    {
        ["annotations"] = new JsonArray([.. a.Annotations.Select((x, i) => (JsonNode)StageJson.Annotation(x, a.Records[i]))]),
        ["scores"] = new JsonArray([.. a.Scoring.Touchpoints.OrderBy(s => s.TouchpointId, StringComparer.Ordinal).Select(s => (JsonNode)new JsonObject
        {
            ["touchpointId"] = s.TouchpointId,
            ["mentions"] = s.Mentions,
            ["emotionalImpact"] = Math.Round(s.EmotionalImpact.Value, 3),
            ["functionalPerformance"] = Math.Round(s.FunctionalPerformance.Value, 3),
            ["frequency"] = Math.Round(s.Frequency.Value, 3),
            ["businessImpact"] = Math.Round(s.BusinessImpact.Value, 3),
            ["priority"] = Math.Round(s.Priority, 1),
        })]),
        ["fixFirst"] = new JsonArray([.. a.FixFirst(3).Select(s => (JsonNode)s.TouchpointId)]),
    };
}
