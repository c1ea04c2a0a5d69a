using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Periods;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Web.Analysis;

/// <summary>
/// One finished analysis with the look-ups the pages need (record by id, score by touchpoint, trends).
/// </summary>
public sealed class AnalysisView
{
    public const int Top = 3;

    private readonly Dictionary<string, int> _recordIndex;
    private readonly Dictionary<string, TouchpointScore> _scores;

    public AnalysisView(AnalysisResult result)
    {
        Result = result;
        _recordIndex = result
            .Records.Select((r, i) => (r.Id, i))
            .ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _scores = result.Scoring.Touchpoints.ToDictionary(s => s.TouchpointId, StringComparer.Ordinal);
        FixFirst = result.FixFirst(Top);
        QuickWins = [.. result.Scoring.Touchpoints.Where(s => s.QuickWin)];
        Trends = MonthlyTrends(result.Records);
    }

    public AnalysisResult Result { get; }
    public IReadOnlyList<TouchpointScore> FixFirst { get; }
    public IReadOnlyList<TouchpointScore> QuickWins { get; }

    /// <summary>Metrics by month, oldest first; empty when fewer than two months carry scores.</summary>
    public IReadOnlyList<PeriodMetrics> Trends { get; }

    public TouchpointScore? Score(string touchpointId) => _scores.GetValueOrDefault(touchpointId);

    public Touchpoint? Touchpoint(string id) => Result.Catalog.Find(id);

    public string Name(string touchpointId) => Result.Catalog.Find(touchpointId)?.Name ?? touchpointId;

    public (EvidenceRecord Record, Annotation Annotation)? Record(string evidenceId) =>
        _recordIndex.TryGetValue(evidenceId, out var i) ? (Result.Records[i], Result.Annotations[i]) : null;

    /// <summary>Records that mention a touchpoint, with their annotation, most negative first.</summary>
    public IEnumerable<(EvidenceRecord Record, Annotation Annotation)> Mentioning(string touchpointId) =>
        Result
            .Records.Select((r, i) => (Record: r, Annotation: Result.Annotations[i]))
            .Where(x => x.Record.IsCustomerVoice && x.Annotation.Touchpoints.Any(m => m.TouchpointId == touchpointId))
            .OrderBy(x => x.Annotation.Sentiment)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal);

    private static List<PeriodMetrics> MonthlyTrends(IReadOnlyList<EvidenceRecord> records)
    {
        var scored = records.Where(r =>
            r.Timestamp is not null && (r.Nps is not null || r.Csat is not null || r.Ces is not null)
        );
        var periods = scored
            .GroupBy(r => PeriodKeys.Of(r.Timestamp, PeriodGrain.Month)!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PeriodMetrics(g.Key, EngagementMetrics.Compute(g)))
            .ToList();
        return periods.Count >= 2 ? periods : [];
    }
}
