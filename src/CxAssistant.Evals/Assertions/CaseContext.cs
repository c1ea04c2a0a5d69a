using System.Text.Json.Nodes;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Everything an assertion needs about one case, passed to <see cref="IEvaluator"/>s as additional context:
/// the case and its resolved data, the stage output (and the control output of red-team cases), the assertion's
/// parameters, latency and cost.
/// </summary>
public sealed class CaseContext(
    EvalCase evalCase,
    CaseData data,
    StageOutput output,
    JsonNode? controlOutput,
    AssertionSpec spec,
    double latencyMs,
    double? costUsd,
    string suiteDirectory,
    JudgeUsage? judgeUsage = null
) : EvaluationContext("cx-case", [new TextContent(evalCase.Id)])
{
    /// <summary>Where model-graded assertions add the judge's token usage.</summary>
    public JudgeUsage JudgeUsage { get; } = judgeUsage ?? new JudgeUsage();

    /// <summary>The case.</summary>
    public EvalCase Case { get; } = evalCase;

    /// <summary>Its records, catalog and core analysis.</summary>
    public CaseData Data { get; } = data;

    /// <summary>The stage output.</summary>
    public StageOutput Stage { get; } = output;

    /// <summary>The output JSON (never null: cases whose stage failed are not evaluated).</summary>
    public JsonNode Output => Stage.Output!;

    /// <summary>The output for the case's control inputs, if it has them.</summary>
    public JsonNode? ControlOutput { get; } = controlOutput;

    /// <summary>The assertion as written in the suite.</summary>
    public AssertionSpec Spec { get; } = spec;

    /// <summary>Stage latency in milliseconds.</summary>
    public double LatencyMs { get; } = latencyMs;

    /// <summary>The folder of the suite file (relative paths in parameters start here).</summary>
    public string SuiteDirectory { get; } = suiteDirectory;

    /// <summary>Estimated cost in USD, when the model has a price.</summary>
    public double? CostUsd { get; } = costUsd;
}
