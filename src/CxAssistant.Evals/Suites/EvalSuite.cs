using System.Text.Json.Serialization;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// One suite of evaluation cases, read from <c>evals/suites/*.yaml</c> (schema: <c>evals/schema/suite.schema.json</c>):
/// the stage or prompts under test, the providers to run them on, thresholds, assertions applied to every case,
/// inline cases and labelled data sets converted to cases.
/// </summary>
public sealed record EvalSuite
{
    /// <summary>Suite name; also the baseline file name (<c>evals/baselines/&lt;name&gt;.json</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the suite checks, in one sentence.</summary>
    public string Description { get; init; } = "";

    /// <summary>The stage under test (annotation, discovery, personas, jobs, hypotheses, analysis, prompt).</summary>
    public required string Stage { get; init; }

    /// <summary>Prompt ids (with optional <c>@version</c>) for model stages; each is a column of the matrix.</summary>
    public IReadOnlyList<string> Prompts { get; init; } = [];

    /// <summary>Providers the suite runs on by default; <c>--provider</c> overrides.</summary>
    public IReadOnlyList<string> Providers { get; init; } = ["offline"];

    /// <summary>Pass and regression thresholds.</summary>
    public SuiteThresholds Thresholds { get; init; } = new();

    /// <summary>Assertions applied to every case (before the case's own).</summary>
    [JsonPropertyName("assert")]
    public IReadOnlyList<AssertionSpec> Assertions { get; init; } = [];

    /// <summary>Inline cases.</summary>
    public IReadOnlyList<EvalCase> Cases { get; init; } = [];

    /// <summary>Labelled JSONL files whose lines become cases.</summary>
    public IReadOnlyList<DatasetSpec> Datasets { get; init; } = [];

    /// <summary>The file the suite was read from (set by the loader).</summary>
    [JsonIgnore]
    public string SourcePath { get; init; } = "";
}
