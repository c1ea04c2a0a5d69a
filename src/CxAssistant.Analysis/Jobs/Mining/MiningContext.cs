using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// What every step of job mining reads: the analysis, each record's job clauses, the language, the kind.
/// </summary>
internal sealed record MiningContext(
    AnalysisResult Analysis,
    List<JobClause>[] Clauses,
    JobLanguage Language,
    BusinessKind Kind,
    JobsOptions Options,
    IReadOnlyList<string> Brands,
    List<string> Rejected,
    ITextEncoder Encoder
)
{
    /// <summary>Main job id → the records its phrases came from (for outcomes and aspirations).</summary>
    public Dictionary<string, List<int>> JobRecords { get; } = new(StringComparer.Ordinal);

    public string Customer(int record) => Analysis.Records[record].CustomerKey;
}
