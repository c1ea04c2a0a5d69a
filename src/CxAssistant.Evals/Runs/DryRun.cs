using CxAssistant.Evals.Models;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Estimates tokens and cost of a run without calling any model: renders every prompt, counts its tokens, looks its
/// key up in the response cache (a hit costs nothing), and prices the rest.
/// </summary>
public static class DryRun
{
    /// <summary>Output tokens assumed when a prompt sets no maximum.</summary>
    public const int DefaultOutputTokens = 512;

    /// <summary>The estimate per suite variant.</summary>
    public static IReadOnlyList<DryRunEstimate> Estimate(IReadOnlyList<EvalSuite> suites, RunOptions options)
    {
        var cache = new ResponseCache(options.CacheDirectory);
        var catalogs = new CatalogResolver();
        var list = new List<DryRunEstimate>();
        foreach (var suite in suites)
        {
            var providers = options.Providers.Count > 0 ? options.Providers : suite.Providers;
            foreach (var provider in providers)
            {
                if (provider == "offline")
                {
                    list.Add(new DryRunEstimate(suite.Name, "offline", null, suite.Cases.Count, 0, 0, 0, 0, 0, ["offline: no model calls"]));
                    continue;
                }
                if (suite.Prompts.Count == 0) continue;
                var model = provider == "replay" ? options.ReplayModel : options.Models.Create(provider)?.ModelId ?? options.ReplayModel;
                foreach (var prompt in suite.Prompts)
                    list.Add(EstimateVariant(suite, provider, prompt, model, options, cache, catalogs));
            }
        }
        return list;
    }

    private static DryRunEstimate EstimateVariant(EvalSuite suite, string provider, string prompt, string? model, RunOptions options, ResponseCache cache, CatalogResolver catalogs)
    {
        var dir = Path.GetDirectoryName(suite.SourcePath) ?? ".";
        var notes = new SortedSet<string>(StringComparer.Ordinal);
        int calls = 0, cached = 0;
        long input = 0, output = 0;
        var repeat = Math.Max(1, options.Repeat);
        foreach (var c in suite.Cases)
        {
            foreach (var inputs in c.Control is null ? new[] { c.Inputs } : [c.Inputs, c.Control])
            {
                RenderedPrompt rendered;
                try
                {
                    rendered = options.Prompts.Render(prompt, PromptInputs.From(CaseData.Build(inputs, dir, catalogs)));
                }
                catch (Exception e) when (e is PromptRenderException or SuiteException)
                {
                    notes.Add(e.Message);
                    continue;
                }
                var times = inputs == c.Control ? 1 : repeat;
                if (options.UseCache && model is not null && cache.TryGet(RequestHash.Of(model, rendered.Messages, rendered.Options)) is not null)
                {
                    cached += times;
                    continue;
                }
                calls += times;
                input += (long)TokenEstimator.Count(rendered.Messages) * times;
                output += (long)(rendered.Options.MaxOutputTokens ?? DefaultOutputTokens) * times;
            }
        }
        if (model is null) notes.Add($"provider '{provider}' is not configured: no model id to price");
        else if (!options.Prices.Has(model)) notes.Add($"no price for '{model}' in CxAssistant:Prices");
        var cost = notes.Count == 0 || (model is not null && options.Prices.Has(model)) ? options.Prices.Cost(model, input, output) : null;
        return new DryRunEstimate(suite.Name, $"{prompt}|{provider}", model, suite.Cases.Count, calls, cached, input, output, cost, [.. notes]);
    }
}
