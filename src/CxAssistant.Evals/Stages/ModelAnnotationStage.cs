using System.Text.Json.Nodes;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Validation;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The product's model annotation path on a case, for evaluating a prompt or a model against the annotation gold sets:
/// the offline annotator first, then the product's <c>annotate-batch</c> prompt (from <c>prompts/</c>) for every
/// record,
/// the answer checked exactly as <see cref="AnnotationAgent.Check"/> checks it in a real run (ids, allowed labels,
/// verbatim quotes). A passing answer replaces touchpoints, intent and emotions (sentiment and job state stay the
/// core's); a failing one keeps the offline labels, as the product would after its repairs. Output has the offline
/// stage's shape plus <c>provenance</c> (<c>model</c> or <c>fallback</c>), the check's <c>findings</c> and the model's
/// <c>reply</c>. Only a passing answer is kept in the response cache, as in the product.
/// </summary>
public sealed class ModelAnnotationStage(PromptCatalog? prompts = null) : IEvalStage, IPlannedStage
{
    private readonly PromptCatalog _prompts = prompts ?? PromptCatalog.Default;

    /// <inheritdoc />
    public string Name => "annotation";

    /// <inheritdoc />
    public async Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        var variant = request.Variant;
        if (variant.Client is null)
        {
            return StageOutput.Failed(
                $"stage '{Name}' needs a model client (provider '{variant.Provider}').",
                variant.Provider
            );
        }
        var records = request.Data.Records;
        var catalog = request.Data.Catalog?.Catalog;
        // The offline stage's labels: what the check compares the model with, and what a failed answer falls back to.
        var offline = AnnotationStage.Annotate(request, null, cancellationToken).ToArray();
        var touchpointIds = catalog?.Touchpoints.Select(t => t.Id).ToArray() ?? [];

        var (prompt, options) = await RenderAsync(request, cancellationToken).ConfigureAwait(false);
        var definition = prompt.Prompt;
        var hash = $"{definition.Id}#{definition.ShortHash}";

        ChatResponse response;
        try
        {
            response = await variant
                .Client.GetResponseAsync(prompt.Messages, options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StageOutput.Failed($"{variant.Provider}: {e.Message}", variant.Provider) with
            {
                Prompt = prompt.Messages,
                PromptHash = hash,
            };
        }

        var answer = ModelSession.Parse<AnnotateBatchAnswer>(response.Text);
        var check = answer is null
            ? Checked<Annotation[]>.Failed([new Finding("json", "the answer is not the JSON the prompt asks for")])
            : AnnotationAgent.Check(
                answer,
                [.. records.Select(r => r.Id)],
                offline,
                GroundingCheck.Index(records),
                touchpointIds
            );
        if (check.Artifact is not null)
        {
            await PromptResponseCache.AcceptAsync(variant.Client, response, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PromptResponseCache.RejectAsync(variant.Client, response, cancellationToken).ConfigureAwait(false);
        }
        var final = check.Artifact ?? offline;
        var list = new JsonArray();
        for (var i = 0; i < records.Count; i++)
        {
            list.Add(StageJson.Annotation(final[i], records[i]));
        }
        var output = new JsonObject
        {
            ["annotations"] = list,
            ["provenance"] = check.Artifact is null ? "fallback" : "model",
            ["findings"] = new JsonArray([.. check.Findings.Select(f => (JsonNode)$"{f.Check}: {f.Message}")]),
            // What the model said, as it said it: a red-team suite checks it for data the model should never have seen.
            ["reply"] = response.Text,
        };
        return StageOutput.FromResponse(output, response, variant) with
        {
            Prompt = prompt.Messages,
            PromptHash = hash,
            Parameters = PromptStage.Parameters(options),
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlannedRequest>> PlanAsync(
        StageRequest request,
        CancellationToken cancellationToken = default
    )
    {
        var (prompt, options) = await RenderAsync(request, cancellationToken).ConfigureAwait(false);
        return [new PlannedRequest(prompt.Messages, prompt.Prompt.Settings.MaxTokens, options)];
    }

    /// <summary>
    /// The request this stage sends for a case (the product's <c>annotate-batch</c> prompt over every record, tagged
    /// with the prompt's name and content hash): what a real run sends and what a dry run counts.
    /// </summary>
    public async Task<(Agents.Prompts.RenderedPrompt Prompt, ChatOptions Options)> RenderAsync(
        StageRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var records = request.Data.Records;
        var catalog = request.Data.Catalog?.Catalog;
        var prompt = await _prompts
            .RenderAsync(
                AnnotationAgent.PromptName,
                new Dictionary<string, string>
                {
                    ["touchpoints"] = string.Join(
                        '\n',
                        catalog?.Touchpoints.Select(t =>
                            $"{t.Id}: {t.Name} ({Labels.Kebab(t.Stage)}) - {t.Description}"
                        )
                            ?? []
                    ),
                    ["intents"] = string.Join(", ", Labels.Intents),
                    ["emotions"] = string.Join(", ", Labels.Emotions),
                    ["evidence"] = EvidenceBlock.Format(records.Select(r => (r.Id, r.Text))),
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        var definition = prompt.Prompt;
        var options = new ChatOptions
        {
            Temperature = definition.Settings.Temperature,
            MaxOutputTokens = definition.Settings.MaxTokens,
            ResponseFormat = ChatResponseFormat.Json,
        };
        return (prompt, PromptTags.Apply(options, definition));
    }
}
