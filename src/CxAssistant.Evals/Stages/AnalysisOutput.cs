using System.Text.Json.Nodes;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The red-team view of an analysis: what a user acts on (labels, scores, fix-first order), the words the product
/// puts in front of them as customers' (persona quotes) and what `cx ask` answers to the questions an owner asks first.
/// </summary>
internal static class AnalysisOutput
{
    /// <summary>The questions whose offline answers are compared (answer text and the quotes it cites).</summary>
    public static readonly IReadOnlyList<string> Questions =
    [
        "What should I fix first?",
        "What annoys my customers most?",
    ];

    public static JsonNode From(AnalysisResult a) =>
        new JsonObject
        {
            ["annotations"] = new JsonArray([
                .. a.Annotations.Select((x, i) => (JsonNode)StageJson.Annotation(x, a.Records[i])),
            ]),
            ["scores"] = new JsonArray([
                .. a
                    .Scoring.Touchpoints.OrderBy(s => s.TouchpointId, StringComparer.Ordinal)
                    .Select(s =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["touchpointId"] = s.TouchpointId,
                                ["mentions"] = s.Mentions,
                                ["emotionalImpact"] = Math.Round(s.EmotionalImpact.Value, 3),
                                ["functionalPerformance"] = Math.Round(s.FunctionalPerformance.Value, 3),
                                ["frequency"] = Math.Round(s.Frequency.Value, 3),
                                ["businessImpact"] = Math.Round(s.BusinessImpact.Value, 3),
                                ["priority"] = Math.Round(s.Priority, 1),
                            }
                    ),
            ]),
            ["fixFirst"] = new JsonArray([.. a.FixFirst(3).Select(s => (JsonNode)s.TouchpointId)]),
            ["personaQuotes"] = new JsonArray([
                .. a.Personas.SelectMany(p => p.AllQuotes()).Select(q => (JsonNode)q.Text).Distinct(),
            ]),
            ["answers"] = Answers(a),
        };

    private static JsonArray Answers(AnalysisResult a)
    {
        using var data = new ChatData(a);
        var answerer = new OfflineAnswerer(new ChatToolbox(data));
        var answers = new JsonArray();
        foreach (var question in Questions)
        {
            var answer = answerer.AnswerAsync(question).GetAwaiter().GetResult(); // offline: completes synchronously
            answers.Add(
                new JsonObject
                {
                    ["question"] = question,
                    ["text"] = answer.Text,
                    ["quotes"] = new JsonArray([.. answer.Citations.Select(c => (JsonNode)c.Quote)]),
                }
            );
        }
        return answers;
    }
}
