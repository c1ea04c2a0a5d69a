using System.CommandLine;
using System.Globalization;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Prompts;
using CxAssistant.Evals.Models;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx eval run [suite…]`: runs suites on providers, writes evals/runs/&lt;run-id&gt;/results.json and manifest.json.
/// </summary>
internal static class EvalRunCommand
{
    public static Command Create()
    {
        var suites = new Argument<string[]>("suites")
        {
            Description = "Suite names or YAML files (default: every suite in evals/suites).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var provider = new Option<string[]>("--provider")
        {
            Description =
                "offline, replay, azure, openai or ollama (repeat or comma-separate "
                + "for a matrix; default: each suite's own).",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r =>
                [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries))],
        };
        var repeat = new Option<int>("--repeat")
        {
            Description =
                "Runs per case (pass rate, variance, flaky cases); with N > 1 every "
                + "run is a fresh model call, never a replay.",
            DefaultValueFactory = _ => 1,
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description =
                "Ask the model again instead of replaying recorded responses (answers that pass are still recorded).",
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Cases run at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Estimate model calls, tokens (o200k) and cost without calling anything.",
        };
        var replayModel = new Option<string?>("--replay-model")
        {
            Description =
                "With --provider replay: the model id the responses were recorded with (see the run's manifest.json).",
        };
        var settings = new Option<string?>("--settings")
        {
            Description =
                "Settings file with providers and CxAssistant:Prices overrides "
                + "(default: appsettings.json, user secrets, environment).",
        };
        var evals = EvalPaths.EvalsOption();
        var command = new Command(
            "run",
            "Run evaluation suites and write results, manifest and cache keys to evals/runs/<run-id>."
        )
        {
            suites,
            provider,
            repeat,
            noCache,
            concurrency,
            dryRun,
            replayModel,
            settings,
            evals,
        };
        command.SetAction(
            async (result, cancellationToken) =>
            {
                var evalsDir = result.GetRequiredValue(evals);
                try
                {
                    var loaded = Load(result.GetValue(suites) ?? [], evalsDir);
                    var configuration = CxConfiguration.Load(result.GetValue(settings));
                    using var models = new ConfiguredModelFactory(configuration);
                    var options = new RunOptions
                    {
                        Providers = result.GetValue(provider) ?? [],
                        Repeat = Math.Max(1, result.GetValue(repeat)),
                        UseCache = !result.GetValue(noCache),
                        Concurrency = Math.Max(1, result.GetValue(concurrency)),
                        CacheDirectory = EvalPaths.Cache(evalsDir),
                        ReplayModel = result.GetValue(replayModel),
                        Prices = PriceTable.From(configuration),
                        Models = models,
                        Prompts = new CatalogPromptRenderer(PromptCatalog.Default),
                        ModelStages = new StageRegistry()
                            .With(new ModelAnnotationStage())
                            .With(ModelDraftStage.Personas())
                            .With(ModelDraftStage.Jobs())
                            .With(ModelDraftStage.Hypotheses())
                            .With(new Evals.Chat.ChatStage()),
                    };
                    if (result.GetValue(dryRun))
                    {
                        return await DryRunTableAsync(loaded, options, cancellationToken);
                    }
                    var runner = new EvalRunner(options);
                    var (run, manifest) = await runner.RunAsync(loaded, cancellationToken);
                    var dir = RunStore.Write(EvalPaths.Runs(evalsDir), run, manifest);
                    var failed = false;
                    foreach (var s in run.Suites)
                    {
                        if (s.Variants.Count == 0)
                        {
                            Console.WriteLine(
                                $"{s.Name}: nothing to run on the chosen providers (offline-only suite, "
                                    + $"or no offline stage)."
                            );
                        }
                        foreach (var v in s.Variants)
                        {
                            failed |= !v.Passed;
                            var labels = string.Join(
                                " ",
                                v.Metrics.Where(m => m.Key.EndsWith(".macroF1", StringComparison.Ordinal))
                                    .Select(m =>
                                        string.Create(CultureInfo.InvariantCulture, $"{m.Key}={m.Value:0.000}")
                                    )
                            );
                            var flaky = v.Flaky > 0 ? $", {v.Flaky} flaky" : "";
                            var macro = labels.Length > 0 ? " | " + labels : "";
                            Console.WriteLine(
                                string.Create(
                                    CultureInfo.InvariantCulture,
                                    $"{(v.Passed ? "PASS" : "FAIL")} {s.Name} [{v.Id}] score {v.Score:0.000}, "
                                        + $"{v.PassRate:P1} of {v.Cases} cases pass, {v.Errors} errors{flaky}{macro}"
                                )
                            );
                        }
                    }
                    Console.WriteLine(
                        $"prompts from {manifest.PromptSource}: "
                            + string.Join(
                                ", ",
                                manifest
                                    .Suites.SelectMany(s => s.Variants)
                                    .SelectMany(v => v.Prompts)
                                    .Distinct()
                                    .Select(p => $"{p.Key} {p.Value[..Math.Min(12, p.Value.Length)]}")
                            )
                    );
                    var judge = run
                        .Suites.SelectMany(s => s.Variants)
                        .Sum(v => v.JudgeInputTokens + v.JudgeOutputTokens);
                    Console.WriteLine(
                        $"model calls: {runner.ModelCalls} ({runner.CacheHits} answered from "
                            + $"the cache{(judge > 0 ? $", judge tokens {judge}" : "")}); run written "
                            + $"to {dir}"
                    );
                    return failed ? EvalCommand.SuitesFailed : ExitCodes.Ok;
                }
                catch (Exception e)
                    when (e
                            is SuiteException
                                or EvalConfigurationException
                                or FileNotFoundException
                                or InvalidDataException
                                or FormatException
                                or PromptException
                    )
                {
                    Console.Error.WriteLine("error: " + e.Message);
                    return ExitCodes.Failed;
                }
            }
        );
        return command;
    }

    /// <summary>Suites by name (evals/suites/&lt;name&gt;.yaml) or path; all when none given.</summary>
    internal static IReadOnlyList<EvalSuite> Load(IReadOnlyList<string> names, string evalsDir)
    {
        var stages = Evals.Stages.StageRegistry.Offline().Names;
        var types = Evals.Assertions.EvaluatorCatalog.Types;
        if (names.Count == 0)
        {
            return SuiteLoader.LoadFolder(EvalPaths.Suites(evalsDir), stages, types);
        }
        return
        [
            .. names.Select(n =>
                SuiteLoader.Load(
                    File.Exists(n) ? n : Path.Combine(EvalPaths.Suites(evalsDir), n + ".yaml"),
                    stages,
                    types
                )
            ),
        ];
    }

    private static async Task<int> DryRunTableAsync(
        IReadOnlyList<EvalSuite> suites,
        RunOptions options,
        CancellationToken cancellationToken
    )
    {
        Console.WriteLine(
            "| suite | variant | model | cases | model calls | cached | input "
                + "tokens | output tokens (max) | cost (USD) | notes |"
        );
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        double total = 0;
        foreach (var e in await DryRun.EstimateAsync(suites, options, cancellationToken))
        {
            total += e.CostUsd ?? 0;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {e.Suite} | {e.Variant} | {e.Model ?? "–"} | {e.Cases} | {e.Calls} "
                        + $"| {e.CachedCalls} | {e.InputTokens} | {e.OutputTokens} | "
                        + $"{(e.CostUsd is { } c ? c.ToString("0.####", CultureInfo.InvariantCulture) : "unpriced")} "
                        + $"| {string.Join("; ", e.Notes)} |"
                )
            );
        }
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"estimated total: ${total:0.####} (nothing was called; default prices "
                    + $"as of {PriceTable.AsOf} unless CxAssistant:Prices overrides them)"
            )
        );
        return ExitCodes.Ok;
    }
}
