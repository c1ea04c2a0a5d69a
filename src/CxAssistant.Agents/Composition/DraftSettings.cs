using System.Globalization;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// The typed execution settings of a drafting call: the prompt file's temperature and output cap, the model, the
/// prompt's name and content hash (the response cache's key; stripped before the provider), and a JSON-schema
/// response format generated from <typeparamref name="T"/> (the shape the checks read).
/// </summary>
public sealed class DraftSettings<T> : PromptExecutionSettings
    where T : class
{
    private readonly bool _jsonSchema;

    /// <summary>Settings for <paramref name="prompt"/> sent to <paramref name="model"/>.</summary>
    public DraftSettings(PromptDefinition prompt, string model)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ModelId = model;
        _jsonSchema = prompt.Settings.ResponseFormat == "json_schema";
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["temperature"] = prompt.Settings.Temperature,
            [PromptTags.Prompt] = prompt.Name,
            [PromptTags.PromptHash] = prompt.ContentHash,
        };
        if (prompt.Settings.MaxTokens > 0)
        {
            data["max_tokens"] = prompt.Settings.MaxTokens;
        }
        if (!_jsonSchema)
        {
            data["response_format"] = "json_object";
        }
        ExtensionData = data;
    }

    /// <summary>
    /// The schema of <typeparamref name="T"/>, named after it, as the prompt asks (SK's loose settings cannot name
    /// one).
    /// </summary>
    protected override void PrepareChatOptionsForRequest(ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_jsonSchema)
        {
            options.ResponseFormat = ChatResponseFormat.ForJsonSchema<T>(ModelSession.Json, typeof(T).Name);
        }
        // SK's settings round trip turns the numbers of the extension data into doubles; the tags must stay text.
        if (options.AdditionalProperties is { } props)
        {
            foreach (var key in props.Keys.Where(k => k.StartsWith("cx.", StringComparison.Ordinal)).ToList())
            {
                props[key] = Convert.ToString(props[key], CultureInfo.InvariantCulture);
            }
        }
    }
}
