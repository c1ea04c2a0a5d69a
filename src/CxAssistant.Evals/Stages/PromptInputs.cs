using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The variables a prompt is rendered with: records (id, channel, text, rating, nps), the catalog, survey figures and
/// free variables.
/// </summary>
public static class PromptInputs
{
    /// <summary>Builds the inputs of one case.</summary>
    public static JsonObject From(CaseData data)
    {
        var o = new JsonObject
        {
            ["records"] = new JsonArray([
                .. data.Records.Select(r =>
                    (JsonNode)
                        new JsonObject
                        {
                            ["id"] = r.Id,
                            ["channel"] = StageJson.ToNode(r.Channel),
                            ["text"] = r.Text,
                            ["rating"] = r.Rating,
                            ["nps"] = r.Nps,
                        }
                ),
            ]),
            ["catalog"] = data.Catalog is null
                ? null
                : new JsonArray([
                    .. data.Catalog.Catalog.Touchpoints.Select(t =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["id"] = t.Id,
                                ["name"] = t.Name,
                                ["stage"] = StageJson.ToNode(t.Stage),
                                ["description"] = t.Description,
                            }
                    ),
                ]),
            ["survey"] = data.Inputs.Survey?.DeepClone(),
        };
        if (data.Inputs.Variables is { } vars)
        {
            foreach (var (k, v) in vars)
            {
                o[k] = v?.DeepClone();
            }
        }
        return o;
    }
}
