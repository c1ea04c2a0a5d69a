using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.Periods;

/// <summary>
/// One period's counts: its customer records, its NPS answers and, per touchpoint (key: its id) and pain (key:
/// <see cref="PainPrefix"/> + kind), the records that mention it, the negative ones among them and the detractor
/// answers
/// linked to them. Touchpoint mentions and linked NPS answers come from the scoring core's own index over the period's
/// records, so a touchpoint's NPS impact per period is the same formula as its overall NPS impact.
/// </summary>
internal sealed class PeriodThemes
{
    public const string PainPrefix = "pain:";

    public sealed record Tally(int Records, int Negative, int Detractors)
    {
        public static readonly Tally Empty = new(0, 0, 0);
    }

    public required int Records { get; init; }
    public required int NpsAnswers { get; init; }
    public required IReadOnlyList<int> Nps { get; init; }
    public required IReadOnlyDictionary<string, Tally> Themes { get; init; }

    public static PeriodThemes Count(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        Func<int, bool> inPeriod
    )
    {
        var members = Enumerable.Range(0, records.Count).Where(inPeriod).ToList();
        var index = new EvidenceIndex(
            new ScoringInput([.. members.Select(i => records[i])], [.. members.Select(i => annotations[i])], catalog)
        );
        var themes = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (id, mentions) in index.Mentions)
        {
            themes[id] = TallyOf(index, mentions.Select(m => m.Record).ToList());
        }
        var pains = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < index.Records.Count; i++)
        {
            if (!index.IsCustomerEvidence(i))
            {
                continue;
            }
            foreach (
                var pain in CueLabels.Values(index.Annotations[i].Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal)
            )
            {
                if (!pains.TryGetValue(pain, out var list))
                {
                    pains[pain] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var (pain, list) in pains)
        {
            themes[PainPrefix + pain] = TallyOf(index, list);
        }
        var nps = index.Records.Where(r => r.Nps is >= 0 and <= 10).Select(r => r.Nps!.Value).ToList();
        return new PeriodThemes
        {
            Records = Enumerable.Range(0, index.Records.Count).Count(index.IsCustomerEvidence),
            NpsAnswers = index.NpsResponses,
            Nps = nps,
            Themes = themes,
        };
    }

    private static Tally TallyOf(EvidenceIndex index, IReadOnlyList<int> records)
    {
        var negative = records.Count(i => index.Annotations[i].SentimentLabel == SentimentLabel.Negative);
        var metrics = TouchpointMetrics.Compute(index, [.. records.Select(i => new Mention(i, false))]);
        return new Tally(records.Count, negative, metrics.Nps?.Detractors ?? 0);
    }
}
