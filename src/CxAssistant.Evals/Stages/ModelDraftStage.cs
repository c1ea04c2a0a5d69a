using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The product's model path for a drafting suite: the case's offline analysis, then the product's agent for that
/// artifact (persona cards, job statements or hypotheses) with its prompt, checks, bounded repair loop and offline
/// fallback, exactly as <c>cx analyze --provider</c> runs it. The output has the offline stage's shape, so the same
/// assertions (completeness, grounding, JTBD grammar…) score what a user would get.
/// </summary>
public sealed class ModelDraftStage : IEvalStage, IPlannedStage
{
    private readonly IDraftStage _agent;
    private readonly Func<ModelSession, AnalysisResult, CancellationToken, Task<AnalysisResult>> _draft;

    private ModelDraftStage(
        string name,
        IDraftStage agent,
        Func<ModelSession, AnalysisResult, CancellationToken, Task<AnalysisResult>> draft
    )
    {
        Name = name;
        _agent = agent;
        _draft = draft;
    }

    /// <summary>Persona cards reworded by <see cref="PersonaAgent"/>.</summary>
    public static ModelDraftStage Personas()
    {
        var agent = new PersonaAgent();
        return new("personas", agent, async (s, a, ct) =>
            a with
            {
                Personas = await agent.RunAsync(s, a, ct).ConfigureAwait(false),
            }
        );
    }

    /// <summary>Job statements reworded by <see cref="JobStatementAgent"/>.</summary>
    public static ModelDraftStage Jobs()
    {
        var agent = new JobStatementAgent();
        return new("jobs", agent, async (s, a, ct) =>
            a with
            {
                Jobs = await agent.RunAsync(s, a, ct).ConfigureAwait(false) ?? a.Jobs,
            }
        );
    }

    /// <summary>Hypotheses reworded by <see cref="HypothesisAgent"/>.</summary>
    public static ModelDraftStage Hypotheses()
    {
        var agent = new HypothesisAgent();
        return new("hypotheses", agent, async (s, a, ct) =>
            a with
            {
                Hypotheses = await agent.RunAsync(s, a, ct).ConfigureAwait(false) ?? a.Hypotheses,
            }
        );
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PlannedRequest>> PlanAsync(
        StageRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        // The agent renders exactly the prompts a run sends for this analysis (the same plan `cx analyze --dry-run`
        // uses).
        var plan = await _agent
            .PlanAsync(request.Data.Analysis, new BudgetOptions(), PromptCatalog.Default, cancellationToken)
            .ConfigureAwait(false);
        return
        [
            .. plan.Requests.Select(r => new PlannedRequest(r.Prompt.Messages, r.Prompt.Prompt.Settings.MaxTokens)),
        ];
    }

    /// <inheritdoc />
    public string Name { get; }

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
        var observed = new ObservingChatClient(variant.Client);
        var session = new ModelSession(observed, variant.Model ?? "model", new RunLedger());
        AnalysisResult drafted;
        try
        {
            drafted = await _draft(session, request.Data.Analysis, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StageOutput.Failed($"{variant.Provider}: {e.Message}", variant.Provider);
        }
        // The product falls back to the offline draft when a call fails; an evaluation must not score that as the
        // model's.
        if (observed.Failures.TryPeek(out var failure))
        {
            return StageOutput.Failed(
                $"{variant.Provider}: the model call failed ({failure}); not scored.",
                variant.Provider
            );
        }
        return new StageOutput
        {
            Output = StageOutputOf(drafted),
            InputTokens = session.Ledger.InputTokens,
            OutputTokens = session.Ledger.OutputTokens,
            Origin =
                observed.Origins.Count == 0 ? "model:" + variant.Model : string.Join(",", observed.Origins.Distinct()),
            CacheKeys = [.. observed.Keys],
            Cached = observed.Keys.Count > 0 && observed.AllCached,
        };

        // The same shapes as the offline DraftStage, so one suite's assertions score both.
        JsonNode StageOutputOf(AnalysisResult analysis) =>
            Name switch
            {
                "personas" => new JsonObject { ["personas"] = StageJson.ToNode(analysis.Personas) },
                "jobs" => new JsonObject { ["jobs"] = StageJson.ToNode(analysis.Jobs) },
                _ => new JsonObject
                {
                    ["prioritised"] = new JsonArray([.. analysis.FixFirst(3).Select(s => (JsonNode)s.TouchpointId)]),
                    ["hypotheses"] = StageJson.ToNode(analysis.Hypotheses),
                },
            };
    }

    /// <summary>Collects the origin label and cache keys the recording client puts on every response.</summary>
    private sealed class ObservingChatClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public ConcurrentQueue<string> Origins { get; } = new();
        public ConcurrentQueue<string> Keys { get; } = new();
        public ConcurrentQueue<string> Failures { get; } = new();
        public bool AllCached { get; private set; } = true;

        public override async Task<ChatResponse> GetResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            CancellationToken cancellationToken = default
        )
        {
            ChatResponse response;
            try
            {
                response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failures.Enqueue(e.Message);
                throw;
            }
            if (PromptTags.OriginOf(response) is { } origin)
            {
                Origins.Enqueue(origin);
            }
            if (PromptTags.KeyOf(response) is { } key)
            {
                Keys.Enqueue(key);
            }
            if (!PromptTags.IsCached(response))
            {
                AllCached = false;
            }
            return response;
        }
    }
}
