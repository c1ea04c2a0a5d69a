namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// Improvement hypotheses per prioritised touchpoint (in priority order) and one backlog across them all,
/// ordered by expected impact against effort (<see cref="Overall"/>).
/// </summary>
public sealed record HypothesisBacklog(IReadOnlyList<TouchpointHypotheses> Touchpoints)
{
    public static readonly HypothesisBacklog Empty = new([]);

    public IEnumerable<ImprovementHypothesis> All => Touchpoints.SelectMany(t => t.Hypotheses);

    /// <summary>
    /// Every hypothesis, best bet first: impact minus effort, then the touchpoint's rank, then the share of mentions
    /// addressed. The touchpoint's rank breaks ties because it carries the scoring core's priority.
    /// </summary>
    public IReadOnlyList<ImprovementHypothesis> Overall =>
        [
            .. Touchpoints
                .SelectMany((t, rank) => t.Hypotheses.Select((h, i) => (h, rank, i)))
                .OrderByDescending(x => (int)x.h.ExpectedImpact.Level - (int)x.h.Effort)
                .ThenBy(x => x.rank)
                .ThenByDescending(x => x.h.ExpectedImpact.Share)
                .ThenBy(x => x.i)
                .Select(x => x.h),
        ];
}
