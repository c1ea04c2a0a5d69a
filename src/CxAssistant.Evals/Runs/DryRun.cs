using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Estimates calls, tokens and cost of a run without calling any model. For each case it takes the requests the run
/// would send: the product's model stages plan their own (<see cref="IPlannedStage"/>: the annotation prompt over the
/// case's records, the drafting agents' prompts over the case's offline analysis), other suites render the suite's
/// prompt. Input tokens are counted with o200k, output tokens assumed at each prompt's cap; a request the response
/// cache already answers costs nothing (never with <c>--repeat</c> or <c>--no-cache</c>, which always ask).
/// </summary>
public static class DryRun
{
    /// <summary>Output tokens assumed when a prompt sets no maximum.</summary>
    public const int DefaultOutputTokens = 512;

    /// <summary>The estimate per suite variant.</summary>
    public static async Task<IReadOnlyList<DryRunEstimate>> EstimateAsync(
        IReadOnlyList<EvalSuite> suites,
        RunOptions options,
        CancellationToken cancellationToken = default
    )
    {
        var cache = new FileDistributedCache(options.CacheDirectory);
        var catalogs = new CatalogResolver();
        var list = new List<DryRunEstimate>();
        foreach (var suite in suites)
        {
            var providers = options.Providers.Count > 0 ? options.Providers : suite.Providers;
            foreach (var provider in providers)
            {
                if (provider == "offline")
                {
                    list.Add(
                        new DryRunEstimate(
                            suite.Name,
                            "offline",
                            null,
                            suite.Cases.Count,
                            0,
                            0,
                            0,
                            0,
                            0,
                            ["offline: no model calls"]
                        )
                    );
                    continue;
                }
                if (suite.Prompts.Count == 0)
                {
                    continue;
                }
                var model =
                    provider == "replay"
                        ? options.ReplayModel
                        : options.Models.Create(provider)?.ModelId ?? options.ReplayModel;
                var stage = options.ModelStages.Find(suite.Stage) ?? new PromptStage(options.Prompts, suite.Stage);
                foreach (var prompt in suite.Prompts)
                {
                    var variant = new EvalVariant(provider, prompt, model);
                    list.Add(
                        await EstimateVariantAsync(suite, variant, stage, options, cache, catalogs, cancellationToken)
                            .ConfigureAwait(false)
                    );
                }
            }
        }
        return list;
    }

    private static async Task<DryRunEstimate> EstimateVariantAsync(
        EvalSuite suite,
        EvalVariant variant,
        IEvalStage stage,
        RunOptions options,
        FileDistributedCache cache,
        CatalogResolver catalogs,
        CancellationToken cancellationToken
    )
    {
        var dir = Path.GetDirectoryName(suite.SourcePath) ?? ".";
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        int calls = 0,
            cached = 0;
        long input = 0,
            output = 0;
        var repeat = Math.Max(1, options.Repeat);
        var readCache = options.UseCache && repeat == 1 && variant.Model is not null;
        foreach (var c in suite.Cases)
        {
            foreach (var inputs in c.Control is null ? new[] { c.Inputs } : [c.Inputs, c.Control])
            {
                IReadOnlyList<PlannedRequest> requests;
                try
                {
                    requests = await PlanAsync(
                            suite,
                            c,
                            CaseData.Build(inputs, dir, catalogs),
                            variant,
                            stage,
                            options,
                            cancellationToken
                        )
                        .ConfigureAwait(false);
                }
                catch (Exception e)
                    when (e
                            is PromptRenderException
                                or SuiteException
                                or IOException
                                or Analysis.Touchpoints.CatalogException
                    )
                {
                    notes.Add(e.Message);
                    continue;
                }
                var times = ReferenceEquals(inputs, c.Control) ? 1 : repeat;
                foreach (var request in requests)
                {
                    if (
                        readCache
                        && request.Options is { } o
                        && await cache
                            .GetAsync(ResponseCacheKey.Of(variant.Model!, request.Messages, o), cancellationToken)
                            .ConfigureAwait(false)
                            is not null
                    )
                    {
                        cached += times;
                        continue;
                    }
                    calls += times;
                    input += (long)TokenCounter.Count(request.Messages) * times;
                    output +=
                        (long)(request.MaxOutputTokens > 0 ? request.MaxOutputTokens : DefaultOutputTokens) * times;
                }
            }
        }
        if (stage is ModelDraftStage)
        {
            notes.Add("first attempts only: each draft that fails its checks adds up to 2 repair calls");
        }
        if (suite.Assertions.Concat(suite.Cases.SelectMany(c => c.Assert)).Any(a => a.Type == "rubric"))
        {
            notes.Add(
                "rubric assertions add one judge call per case and repeat (priced "
                    + "after the run: their input holds the output)"
            );
        }
        if (variant.Model is null)
        {
            notes.Add($"provider '{variant.Provider}' is not configured: no model id to price");
        }
        else if (!options.Prices.Has(variant.Model, variant.Provider))
        {
            notes.Add($"no price for '{variant.Model}' (set CxAssistant:Prices:{variant.Model})");
        }
        var cost = options.Prices.Cost(variant.Model, input, output, variant.Provider);
        return new DryRunEstimate(
            suite.Name,
            variant.Id,
            variant.Model,
            suite.Cases.Count,
            calls,
            cached,
            input,
            output,
            cost,
            [.. notes]
        );
    }

    private static async Task<IReadOnlyList<PlannedRequest>> PlanAsync(
        EvalSuite suite,
        EvalCase evalCase,
        CaseData data,
        EvalVariant variant,
        IEvalStage stage,
        RunOptions options,
        CancellationToken cancellationToken
    )
    {
        if (stage is IPlannedStage planned)
        {
            return await planned
                .PlanAsync(new StageRequest(suite, evalCase, data, variant), cancellationToken)
                .ConfigureAwait(false);
        }
        var rendered = options.Prompts.Render(variant.Prompt!, PromptInputs.From(data));
        return [new PlannedRequest(rendered.Messages, rendered.Options.MaxOutputTokens ?? 0, rendered.Options)];
    }
}
