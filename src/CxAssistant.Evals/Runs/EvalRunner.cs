using System.Collections.Concurrent;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Prompts;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Runs suites: for each suite, one variant per provider (× prompt for model providers), every case concurrently
/// (results kept in suite order), repeats, assertions, and suite metrics. Returns the results and the manifest
/// that replays them. Every model request goes through the product's response cache (<see cref="PromptResponseCache"/>
/// over <see cref="FileDistributedCache"/> in the cache folder); with <c>--repeat N</c> (N &gt; 1) or <c>--no-cache</c>
/// it is never read, so every repeat is a fresh call.
/// </summary>
public sealed class EvalRunner(RunOptions options)
{
    private readonly FileDistributedCache _storage = new(options.CacheDirectory);
    private readonly CatalogResolver _catalogs = new();
    private readonly ConcurrentBag<PromptResponseCache> _clients = [];

    /// <summary>
    /// Requests that reached a model provider in this runner (replays make none); the judge's included.
    /// </summary>
    public int ModelCalls => _clients.Sum(c => c.ProviderCalls);

    /// <summary>Requests answered from the response cache.</summary>
    public int CacheHits => _clients.Sum(c => c.Hits);

    /// <summary>True when recorded responses are read: a repeated run must measure fresh answers.</summary>
    private bool ReadCache => options.UseCache && options.Repeat <= 1;

    /// <summary>Runs the suites.</summary>
    public async Task<(RunResults Results, RunManifest Manifest)> RunAsync(
        IReadOnlyList<EvalSuite> suites,
        CancellationToken cancellationToken = default
    )
    {
        var createdAt = DateTimeOffset.UtcNow;
        var runId = options.RunId ?? RunStore.NewRunId(createdAt);
        var judgeModel = options.Models.CreateJudge();
        var judge = judgeModel is not null ? new ChatConfiguration(Record(judgeModel, judgeModel.ModelId)) : null;
        var suiteResults = new List<SuiteResult>();
        var suiteManifests = new List<SuiteManifest>();
        // Resolve every provider before running anything, so a provider that is not configured fails the run up front.
        var plan = suites.Select(s => (Suite: s, Variants: Variants(s).ToList())).ToList();
        foreach (var (suite, planned) in plan)
        {
            var variants = new List<VariantResult>();
            var variantManifests = new List<VariantManifest>();
            foreach (var (variant, stage) in planned)
            {
                var cases = new CaseResult[suite.Cases.Count];
                var hashes = new ConcurrentDictionary<string, byte>();
                var parameters = new ConcurrentDictionary<string, byte>();
                var runner = new CaseRunner(suite, variant, stage, options, _catalogs, judge, judgeModel?.ModelId);
                await Parallel
                    .ForEachAsync(
                        Enumerable.Range(0, suite.Cases.Count),
                        new ParallelOptions
                        {
                            MaxDegreeOfParallelism = Math.Max(1, options.Concurrency),
                            CancellationToken = cancellationToken,
                        },
                        async (i, ct) =>
                            cases[i] = await runner
                                .RunAsync(suite.Cases[i], hashes, parameters, ct)
                                .ConfigureAwait(false)
                    )
                    .ConfigureAwait(false);
                variants.Add(SuiteMetrics.Summarise(suite, variant, cases));
                variantManifests.Add(
                    new VariantManifest
                    {
                        Id = variant.Id,
                        Provider = variant.Provider,
                        Prompt = variant.Prompt,
                        Model = variant.Model,
                        PromptHashes = [.. hashes.Keys.Order(StringComparer.Ordinal)],
                        Prompts = variant.Client?.GetService<IResponseCacheControl>() is { } cache
                            ? new SortedDictionary<string, string>(cache.Prompts.ToDictionary(), StringComparer.Ordinal)
                            : new(StringComparer.Ordinal),
                        Parameters = [.. parameters.Keys.Order(StringComparer.Ordinal)],
                        Origins = [.. cases.Select(c => c.Origin).Distinct().Order(StringComparer.Ordinal)],
                        CacheKeys = new SortedDictionary<string, IReadOnlyList<string>>(
                            cases.Where(c => c.CacheKeys.Count > 0).ToDictionary(c => c.Id, c => c.CacheKeys),
                            StringComparer.Ordinal
                        ),
                    }
                );
            }
            suiteResults.Add(
                new SuiteResult
                {
                    Name = suite.Name,
                    Stage = suite.Stage,
                    Thresholds = suite.Thresholds,
                    Variants = variants,
                }
            );
            suiteManifests.Add(
                new SuiteManifest
                {
                    Name = suite.Name,
                    File = DataHashes.Relative(suite.SourcePath),
                    DataHashes = DataHashes.Of(suite, _catalogs),
                    Variants = variantManifests,
                }
            );
        }
        var results = new RunResults
        {
            RunId = runId,
            CreatedAt = createdAt,
            Suites = suiteResults,
        };
        var manifest = new RunManifest
        {
            RunId = runId,
            CreatedAt = createdAt,
            Providers = options.Providers,
            Repeat = options.Repeat,
            UseCache = ReadCache,
            CacheDirectory = DataHashes.Relative(_storage.Folder),
            PromptSource = PromptSourceOf(options.Prompts),
            ModelCalls = ModelCalls,
            CacheHits = CacheHits,
            Suites = suiteManifests,
        };
        return (results, manifest);
    }

    /// <summary>
    /// The variants of a suite for the requested providers; suites that cannot run on a provider are told apart from
    /// providers that are not configured.
    /// </summary>
    internal IEnumerable<(EvalVariant Variant, IEvalStage Stage)> Variants(EvalSuite suite)
    {
        var providers = options.Providers.Count > 0 ? options.Providers : suite.Providers;
        foreach (var provider in providers)
        {
            if (provider == "offline")
            {
                if (options.Stages.Find(suite.Stage) is { } offline)
                {
                    yield return (EvalVariant.Offline, offline);
                }
                continue;
            }
            if (suite.Prompts.Count == 0)
            {
                continue; // an offline-only suite has nothing to ask a model
            }
            var stage = options.ModelStages.Find(suite.Stage) ?? new PromptStage(options.Prompts, suite.Stage);
            if (provider == "replay")
            {
                var model = options.ReplayModel
                    ?? throw new EvalConfigurationException(
                        "--provider replay needs --replay-model: the model id the run was "
                            + "recorded with (see its manifest.json)."
                    );
                if (options.Repeat > 1)
                {
                    throw new EvalConfigurationException(
                        "--repeat measures fresh answers from a live model; --provider replay can only return the one "
                            + "recorded answer. Run the repeats on azure, openai or ollama."
                    );
                }
                foreach (var prompt in suite.Prompts)
                {
                    yield return (new EvalVariant("replay", prompt, model, Record(null, model)), stage);
                }
                continue;
            }
            var client = options.Models.Create(provider)
                ?? throw new EvalConfigurationException(
                    $"provider '{provider}' is not configured: "
                        + (
                            options.Models.Problem(provider)
                            ?? "set its CxAssistant:Chat settings (cx providers shows what is missing)"
                        )
                        + " Use --provider offline, or --provider replay with recorded responses."
                );
            foreach (var prompt in suite.Prompts)
            {
                yield return (new EvalVariant(provider, prompt, client.ModelId, Record(client, client.ModelId)), stage);
            }
        }
    }

    /// <summary>
    /// The variant's client with the response cache: inside the provider pipeline below the redaction gate when the
    /// provider offers that (<see cref="EvalModel.WithResponseCache"/>), else in front of the client (test doubles,
    /// replay).
    /// </summary>
    private IChatClient Record(EvalModel? model, string modelId)
    {
        PromptResponseCache Cache(IChatClient? inner)
        {
            var cache = new PromptResponseCache(inner, _storage, modelId, model?.Origin) { ReadCache = ReadCache };
            _clients.Add(cache);
            return cache;
        }
        return model?.WithResponseCache?.Invoke(Cache) ?? Cache(model?.Client);
    }

    /// <summary>
    /// Where the prompts came from: the folder read at run time (relative to the repository) or <c>embedded</c>.
    /// </summary>
    private static string PromptSourceOf(IPromptRenderer renderer) =>
        renderer is CatalogPromptRenderer catalog
            ? catalog.Source == PromptCatalog.EmbeddedSource
                ? catalog.Source
                : DataHashes.Relative(catalog.Source)
            : "none";
}
