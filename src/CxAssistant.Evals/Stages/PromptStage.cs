using System.Text.Json;
using System.Text.Json.Nodes;
using CxAssistant.Evals.Models;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The model path for any stage: renders the variant's prompt with the case's inputs (records inside the prompt's
/// own delimiters, catalog, survey figures, variables), asks the variant's chat client (the response cache in front)
/// and parses the answer as JSON (code fences stripped). Junk is kept as <c>{ "text": … }</c> so schema assertions
/// fail it; a client or render failure is an error, never a score.
/// </summary>
public sealed class PromptStage(IPromptRenderer renderer, string name = "prompt") : IEvalStage
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public async Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        var variant = request.Variant;
        if (variant.Client is null || variant.Prompt is null)
            return StageOutput.Failed($"stage '{name}' needs a prompt and a model client (provider '{variant.Provider}').", variant.Provider);
        RenderedPrompt prompt;
        try
        {
            prompt = renderer.Render(variant.Prompt, PromptInputs.From(request.Data));
        }
        catch (PromptRenderException e)
        {
            return StageOutput.Failed(e.Message, variant.Provider);
        }
        ChatResponse response;
        try
        {
            response = await variant.Client.GetResponseAsync(prompt.Messages, prompt.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StageOutput.Failed($"{variant.Provider}: {e.Message}", variant.Provider) with { Prompt = prompt.Messages, PromptHash = prompt.TemplateHash };
        }
        var props = response.AdditionalProperties;
        return new StageOutput
        {
            Output = Parse(response.Text),
            InputTokens = response.Usage?.InputTokenCount ?? 0,
            OutputTokens = response.Usage?.OutputTokenCount ?? 0,
            Origin = props?.TryGetValue(RecordingChatClient.OriginProperty, out var o) == true ? o?.ToString() ?? "unknown" : "model:" + (response.ModelId ?? variant.Model),
            CacheKeys = props?.TryGetValue(RecordingChatClient.KeyProperty, out var k) == true && k is string key ? [key] : [],
            Cached = props?.TryGetValue(RecordingChatClient.CachedProperty, out var c) == true && c is true,
            Prompt = prompt.Messages,
            PromptHash = prompt.TemplateHash,
            Parameters = Parameters(prompt.Options),
        };
    }

    /// <summary>The model parameters of a prompt, for the run manifest.</summary>
    internal static string Parameters(ChatOptions options) => new JsonObject
    {
        ["temperature"] = options.Temperature,
        ["topP"] = options.TopP,
        ["maxOutputTokens"] = options.MaxOutputTokens,
        ["seed"] = options.Seed,
        ["responseFormat"] = options.ResponseFormat switch { ChatResponseFormatJson j => j.Schema is null ? "json" : "json-schema:" + j.SchemaName, ChatResponseFormatText => "text", _ => null },
    }.ToJsonString();

    /// <summary>The answer as JSON; a fenced block is unwrapped; anything else becomes <c>{ "text": … }</c>.</summary>
    public static JsonNode Parse(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = t.IndexOf('\n');
            var close = t.LastIndexOf("```", StringComparison.Ordinal);
            if (firstLine > 0 && close > firstLine) t = t[(firstLine + 1)..close].Trim();
        }
        try
        {
            return JsonNode.Parse(t) ?? new JsonObject { ["text"] = text };
        }
        catch (JsonException)
        {
            return new JsonObject { ["text"] = text };
        }
    }
}
