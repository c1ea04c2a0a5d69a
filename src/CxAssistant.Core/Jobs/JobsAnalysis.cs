using System.Text.Json.Serialization;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// Everything the jobs-to-be-done stage produced: the job tree, desired outcomes, how many candidate statements the
/// linter rejected, notes for the reader (thin evidence, estimated figures) and where it came from.
/// </summary>
public sealed record JobsAnalysis
{
    public required JobTree Tree { get; init; }
    public required IReadOnlyList<DesiredOutcome> Outcomes { get; init; }

    /// <summary>Candidate statements dropped because they failed <see cref="JobStatementLinter"/>.</summary>
    public int RejectedCandidates { get; init; }

    /// <summary>
    /// The rejected candidates with the linter's first finding, so a reader (or a model repairing a draft) sees why.
    /// </summary>
    public IReadOnlyList<string> RejectedExamples { get; init; } = [];

    /// <summary>Candidate job phrases customers used ("I was trying to…") that were found in the evidence.</summary>
    public int CandidatesFound { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public Provenance Provenance { get; init; } = Provenance.Offline;

    [JsonIgnore]
    public IReadOnlyList<JobStatement> Statements => Tree.Statements;

    public static readonly JobsAnalysis Empty = new() { Tree = new JobTree([]), Outcomes = [] };
}
