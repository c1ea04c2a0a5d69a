using System.Text.Json.Nodes;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// Renders the product's own prompts (<c>prompts/</c>, through <see cref="PromptCatalog"/>) for prompt suites. A case
/// gives each declared prompt input under <c>variables</c>; <c>evidence</c> may instead come from the case's
/// <c>records</c>, which are formatted as the agents format them (delimited, encoded data blocks).
/// </summary>
public sealed class CatalogPromptRenderer(PromptCatalog? catalog = null) : IPromptRenderer
{
    private readonly PromptCatalog _catalog = catalog ?? PromptCatalog.Default;

    /// <summary>Where the prompts were read from (a folder, or <c>embedded</c>).</summary>
    public string Source => _catalog.Source;

    /// <inheritdoc />
    public RenderedPrompt Render(string promptId, JsonObject inputs)
    {
        ArgumentNullException.ThrowIfNull(promptId);
        ArgumentNullException.ThrowIfNull(inputs);
        var parts = promptId.Split('@', 2);
        PromptDefinition definition;
        try
        {
            definition = _catalog.Get(parts[0]);
        }
        catch (PromptException e)
        {
            throw new PromptRenderException(e.Message);
        }
        if (parts.Length == 2 && parts[1] != definition.Version)
        {
            throw new PromptRenderException(
                $"{promptId}: prompts/ holds {definition.Id}; update the suite or bless a run with the new version."
            );
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in definition.Inputs.Keys)
        {
            values[key] = Value(inputs, key)
                ?? throw new PromptRenderException(
                    $"{definition.Id}: input '{key}' is missing; give it under the case's variables."
                );
        }

        Agents.Prompts.RenderedPrompt rendered;
        try
        {
            rendered = _catalog.RenderAsync(definition.Name, values).GetAwaiter().GetResult();
        }
        catch (PromptException e)
        {
            throw new PromptRenderException(e.Message);
        }
        var options = new ChatOptions
        {
            Temperature = definition.Settings.Temperature,
            MaxOutputTokens = definition.Settings.MaxTokens,
            ResponseFormat = ChatResponseFormat.Json,
        };
        return new RenderedPrompt(
            definition.Id,
            definition.Version,
            definition.ShortHash,
            rendered.Messages,
            PromptTags.Apply(options, definition)
        );
    }

    private static string? Value(JsonObject inputs, string key)
    {
        // A case's variables arrive at the top level (PromptInputs.From) or, written by hand, under "variables".
        var node = (inputs["variables"] as JsonObject)?[key]
            ?? (key is "records" or "catalog" or "survey" ? null : inputs[key]);
        if (node is not null)
        {
            return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();
        }
        if (key == "evidence" && inputs["records"] is JsonArray records)
        {
            return EvidenceBlock.Format(
                records.OfType<JsonObject>().Select(r => (r["id"]?.ToString() ?? "", r["text"]?.ToString() ?? ""))
            );
        }
        return null;
    }
}
