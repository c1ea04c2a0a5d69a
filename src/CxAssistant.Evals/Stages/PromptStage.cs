using System.Text.Json;
using System.Text.Json.Nodes;
using CxAssistant.Agents.Caching;
using CxAssistant.Evals.Models;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The model path for any stage: renders the variant's prompt with the case's inputs (records inside the prompt's
/// own delimiters, catalog, survey figures, variables), asks the variant's chat client (the response cache in front)
/// and parses the answer as JSON (code fences stripped). Junk is kept as <c>{ "text": … }</c> so schema assertions
/// fail it (and is never kept in the response cache); a client or render failure is an error, never a score.
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
        {
            return StageOutput.Failed(
                $"stage '{name}' needs a prompt and a model client (provider '{variant.Provider}').",
                variant.Provider
            );
        }
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
            response = await variant
                .Client.GetResponseAsync(prompt.Messages, prompt.Options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StageOutput.Failed($"{variant.Provider}: {e.Message}", variant.Provider) with
            {
                Prompt = prompt.Messages,
                PromptHash = prompt.TemplateHash,
            };
        }
        var output = Parse(response.Text);
        // The prompt's own contract is a JSON answer: only such an answer may be replayed by a later run.
        if (IsJson(response.Text))
        {
            await PromptResponseCache.AcceptAsync(variant.Client, response, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PromptResponseCache.RejectAsync(variant.Client, response, cancellationToken).ConfigureAwait(false);
        }
        return StageOutput.FromResponse(output, response, variant) with
        {
            Prompt = prompt.Messages,
            PromptHash = prompt.TemplateHash,
            Parameters = Parameters(prompt.Options),
        };
    }

    /// <summary>The model parameters of a prompt, for the run manifest.</summary>
    internal static string Parameters(ChatOptions options) =>
        new JsonObject
        {
            ["temperature"] = options.Temperature,
            ["topP"] = options.TopP,
            ["maxOutputTokens"] = options.MaxOutputTokens,
            ["seed"] = options.Seed,
            ["responseFormat"] = options.ResponseFormat switch
            {
                ChatResponseFormatJson j => j.Schema is null ? "json" : "json-schema:" + j.SchemaName,
                ChatResponseFormatText => "text",
                _ => null,
            },
        }.ToJsonString();

    /// <summary>True when the answer is JSON (fences allowed), not junk wrapped by <see cref="Parse"/>.</summary>
    internal static bool IsJson(string text) => Unfence(text) is { Length: > 0 } t && TryParse(t) is not null;

    /// <summary>The answer as JSON; a fenced block is unwrapped; anything else becomes <c>{ "text": … }</c>.</summary>
    public static JsonNode Parse(string text) => TryParse(Unfence(text)) ?? new JsonObject { ["text"] = text };

    private static string Unfence(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = t.IndexOf('\n');
            var close = t.LastIndexOf("```", StringComparison.Ordinal);
            if (firstLine > 0 && close > firstLine)
            {
                t = t[(firstLine + 1)..close].Trim();
            }
        }
        return t;
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
