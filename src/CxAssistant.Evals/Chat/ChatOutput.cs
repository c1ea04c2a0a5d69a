using System.Text.Json.Nodes;
using CxAssistant.Chat;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// A chat answer as the stage's JSON: text, answered, intent, mode, citations (with their records) and findings.
/// </summary>
internal static class ChatOutput
{
    public static JsonObject Answer(ChatAnswer answer) =>
        new()
        {
            ["question"] = answer.Question,
            ["answer"] = answer.Text,
            ["answered"] = answer.Answered,
            ["intent"] = answer.Intent.ToString(),
            ["mode"] = answer.Mode,
            ["citations"] = new JsonArray([
                .. answer.Citations.Select(c =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["number"] = c.Number,
                            ["evidenceId"] = c.EvidenceId,
                            ["recordId"] = c.RecordId,
                            ["source"] = c.Source,
                            ["line"] = c.Line,
                            ["quote"] = c.Quote,
                        }
                ),
            ]),
            ["findings"] = new JsonArray([.. answer.Findings.Select(f => (JsonNode)f)]),
        };

    public static JsonObject Turn(ChatAnswer answer) =>
        new()
        {
            ["question"] = answer.Question,
            ["answer"] = answer.Text,
            ["answered"] = answer.Answered,
            ["intent"] = answer.Intent.ToString(),
        };
}
