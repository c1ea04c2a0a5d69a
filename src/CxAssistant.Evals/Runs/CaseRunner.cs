using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Runs one case on one variant: builds its data, runs the stage (repeats, control), evaluates every assertion.
/// </summary>
internal sealed class CaseRunner(
    EvalSuite suite,
    EvalVariant variant,
    IEvalStage stage,
    RunOptions options,
    CatalogResolver catalogs,
    ChatConfiguration? judge,
    string? judgeModel = null
)
{
    private readonly string _suiteDir = Path.GetDirectoryName(suite.SourcePath) ?? ".";

    public async Task<CaseResult> RunAsync(
        EvalCase evalCase,
        ConcurrentDictionary<string, byte> promptHashes,
        ConcurrentDictionary<string, byte> parameters,
        CancellationToken cancellationToken
    )
    {
        CaseData data;
        CaseData? controlData;
        try
        {
            data = CaseData.Build(evalCase.Inputs, _suiteDir, catalogs);
            controlData = evalCase.Control is null ? null : CaseData.Build(evalCase.Control, _suiteDir, catalogs);
        }
        catch (Exception e) when (e is SuiteException or IOException or Analysis.Touchpoints.CatalogException)
        {
            return Errored(evalCase, e.Message);
        }

        JsonNode? control = null;
        if (controlData is not null)
        {
            var c = await RunStageAsync(evalCase, controlData, cancellationToken).ConfigureAwait(false);
            if (c.Output is null)
            {
                return Errored(evalCase, "control: " + c.Error);
            }
            control = c.Output;
        }

        var runs =
            new List<(
                StageOutput Output,
                double Latency,
                List<AssertionResult> Assertions,
                double? Score,
                bool Passed
            )>();
        var judgeUsage = new JudgeUsage();
        for (var r = 0; r < Math.Max(1, options.Repeat); r++)
        {
            var watch = Stopwatch.StartNew();
            var output = await RunStageAsync(evalCase, data, cancellationToken).ConfigureAwait(false);
            var latency = Math.Round(watch.Elapsed.TotalMilliseconds, 2);
            if (output.PromptHash is { } h)
            {
                promptHashes.TryAdd(h, 0);
            }
            if (output.Parameters is { } p)
            {
                parameters.TryAdd(p, 0);
            }
            if (output.Output is null)
            {
                return Errored(evalCase, output.Error ?? "the stage produced no output") with
                {
                    Origin = output.Origin,
                    CacheKeys = output.CacheKeys,
                };
            }
            var cost = Cost(output);
            var assertions = new List<AssertionResult>();
            foreach (var spec in suite.Assertions.Concat(evalCase.Assert))
            {
                var context = new CaseContext(
                    evalCase,
                    data,
                    output,
                    control,
                    spec,
                    latency,
                    cost,
                    _suiteDir,
                    judgeUsage
                );
                assertions.Add(await EvaluateAsync(spec, context, cancellationToken).ConfigureAwait(false));
            }
            var (score, passed) = Combine(assertions);
            runs.Add((output, latency, assertions, score, passed));
        }

        var first = runs[0];
        var errors = first.Assertions.Where(a => a.Status == "error").ToList();
        var scores = runs.Select(r => r.Score).OfType<double>().ToList();
        var mean = scores.Count == 0 ? (double?)null : Math.Round(scores.Average(), 6);
        var passRate = (double)runs.Count(r => r.Passed) / runs.Count;
        var json = first.Output.Output!.ToJsonString();
        return new CaseResult
        {
            Id = evalCase.Id,
            Tags = evalCase.Tags,
            Status =
                errors.Count > 0 ? "error"
                : mean is null ? "skipped"
                : passRate == 1 ? "pass"
                : "fail",
            Score = errors.Count > 0 ? null : mean,
            Error = errors.Count > 0 ? string.Join("; ", errors.Select(e => e.Error)) : null,
            Output = first.Output.Output,
            OutputHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            Origin = first.Output.Origin,
            Cached = first.Output.Cached,
            CacheKeys = first.Output.CacheKeys,
            Assertions = first.Assertions,
            InputTokens = runs.Sum(r => r.Output.InputTokens),
            OutputTokens = runs.Sum(r => r.Output.OutputTokens),
            CostUsd = runs.Aggregate((double?)0, (sum, r) =>
                sum is null || Cost(r.Output) is not { } c ? null : sum + c
            ),
            JudgeInputTokens = judgeUsage.InputTokens,
            JudgeOutputTokens = judgeUsage.OutputTokens,
            JudgeCostUsd =
                judgeUsage.Calls == 0
                    ? 0
                    : options.Prices.Cost(judgeModel, judgeUsage.InputTokens, judgeUsage.OutputTokens),
            LatencyMs = Math.Round(runs.Average(r => r.Latency), 2),
            Repeats =
                runs.Count == 1
                    ? null
                    : new RepeatStats(
                        runs.Count,
                        Math.Round(passRate, 4),
                        Math.Round(
                            scores.Count == 0
                                ? 0
                                : scores.Select(s => (s - scores.Average()) * (s - scores.Average())).Average(),
                            6
                        ),
                        passRate is > 0 and < 1
                    ),
        };
    }

    /// <summary>A stage that throws (bad data, a bug) errors its case; the run goes on.</summary>
    private async Task<StageOutput> RunStageAsync(EvalCase evalCase, CaseData data, CancellationToken cancellationToken)
    {
        try
        {
            return await stage
                .RunAsync(new StageRequest(suite, evalCase, data, variant), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StageOutput.Failed($"{stage.Name}: {e.Message}", variant.UsesModel ? variant.Provider : "offline");
        }
    }

    private double? Cost(StageOutput output) =>
        variant.UsesModel
            ? options.Prices.Cost(variant.Model, output.InputTokens, output.OutputTokens, variant.Provider)
            : 0;

    private async Task<AssertionResult> EvaluateAsync(
        AssertionSpec spec,
        CaseContext context,
        CancellationToken cancellationToken
    )
    {
        var evaluator = EvaluatorCatalog.Get(spec.Type);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, context.Output.ToJsonString()));
        var result = await evaluator
            .EvaluateAsync(context.Stage.Prompt, response, judge, [context], cancellationToken)
            .ConfigureAwait(false);
        var metric = result.Get<NumericMetric>(evaluator.Type);
        var threshold = spec.Threshold ?? evaluator.DefaultThreshold;
        var details = metric
            .Metadata?.Where(kv => kv.Key != AssertionEvaluator.SkippedKey)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        var baseResult = new AssertionResult
        {
            Type = spec.Type,
            Weight = spec.Weight,
            Threshold = threshold,
            Status = "pass",
            Reason = metric.Reason ?? "",
            Details = details is { Count: > 0 } ? details : null,
        };
        if (metric.Diagnostics?.FirstOrDefault(d => d.Severity == EvaluationDiagnosticSeverity.Error) is { } error)
        {
            return baseResult with { Status = "error", Error = error.Message };
        }
        if (metric.Metadata?.ContainsKey(AssertionEvaluator.SkippedKey) == true)
        {
            return baseResult with { Status = "skipped" };
        }
        return baseResult with
        {
            Score = metric.Value,
            Status = metric.Interpretation?.Failed == true ? "fail" : "pass",
        };
    }

    /// <summary>Weighted mean of scored assertions; the case passes when every scored assertion passes.</summary>
    private static (double? Score, bool Passed) Combine(List<AssertionResult> assertions)
    {
        var scored = assertions.Where(a => a.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return (null, false);
        }
        var weight = scored.Sum(a => a.Weight);
        var score =
            weight <= 0 ? scored.Average(a => a.Score!.Value) : scored.Sum(a => a.Score!.Value * a.Weight) / weight;
        return (score, scored.All(a => a.Status == "pass") && assertions.All(a => a.Status != "error"));
    }

    private static CaseResult Errored(EvalCase c, string error) =>
        new()
        {
            Id = c.Id,
            Tags = c.Tags,
            Status = "error",
            Error = error,
        };
}
