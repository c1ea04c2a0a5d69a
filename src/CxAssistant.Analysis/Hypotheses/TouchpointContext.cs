using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// What the drafter knows about one prioritised touchpoint: its score, customer mentions, pains, types and partner.
/// </summary>
internal sealed record TouchpointContext
{
    public required AnalysisResult Analysis { get; init; }
    public required TouchpointScore Score { get; init; }
    public required string Name { get; init; }
    public required string Owner { get; init; }

    /// <summary>Indices (into the analysis records) of the customer records that mention the touchpoint.</summary>
    public required IReadOnlyList<int> Mentions { get; init; }

    /// <summary>
    /// The annotations of <see cref="Mentions"/>, as <see cref="HypothesisBaselines.CustomerMentions"/> returns them.
    /// </summary>
    public required IReadOnlyList<Annotation> MentionAnnotations { get; init; }
    public required IReadOnlyList<PainCount> Pains { get; init; }
    public required IReadOnlySet<string> Kinds { get; init; }

    /// <summary>The kind of business the catalog is a preset for ("none" for the business's own catalog).</summary>
    public string Business { get; init; } = Touchpoints.BusinessKind.None;

    /// <summary>What this kind of business calls the places remedies change (<see cref="RemedyCatalogue.Wording"/>).</summary>
    public IReadOnlyDictionary<string, string> Wording { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The kinds of business (<see cref="RemedyCatalogue.Industry"/>) this business's own customer records show
    /// (<see cref="ShownKinds"/>): their words are at home in its hypotheses.
    /// </summary>
    public IReadOnlySet<IndustryWords> Shown { get; init; } = new HashSet<IndustryWords>();

    /// <summary>
    /// The kinds that fit the business's preset and whose customers' words are said in enough of the records: at
    /// least 3 and 3 % of them (a sample of 5,000 evenly spread records stands for a larger set).
    /// </summary>
    public static IReadOnlySet<IndustryWords> ShownKinds(
        AnalysisResult analysis,
        IEnumerable<IndustryWords> kinds,
        string business
    )
    {
        var voices = analysis
            .Records.Where(r => r.IsCustomerVoice && r.Channel != Channel.Analytics)
            .Select(r => r.Text)
            .ToList();
        var step = Math.Max(1, voices.Count / 5000);
        var texts = voices.Where((_, i) => i % step == 0).Select(t => t.ToLowerInvariant()).ToList();
        var needed = Math.Max(3, (int)Math.Ceiling(0.03 * texts.Count));
        return kinds.Where(k => k.Learned && k.Fits(business) && k.Saying(texts) >= needed).ToHashSet();
    }

    /// <summary>
    /// Whether the customers who raise <paramref name="pain"/> here use the words of one of <paramref name="kinds"/>:
    /// a third of the pain's records at least ("waited in all morning for the engineer" shows a home visit; "waited 50
    /// minutes in the waiting room" does not, nor do two phone complaints among ten waiting-room waits).
    /// </summary>
    public bool SaidWith(string pain, IEnumerable<IndustryWords> kinds)
    {
        // Asked for every remedy written for a situation: the pain's records and each kind's count are found once.
        var memo = SaidMemo();
        if (!memo.Records.TryGetValue(pain, out var records))
        {
            memo.Records[pain] = records = [
                .. Mentions.Where(i => Record(i).Channel != Channel.Analytics && HasPain(i, pain)),
            ];
        }
        return records.Count > 0
            && kinds.Any(k => k.Fits(Business) && 3 * Saying(memo, pain, k, records) >= records.Count);
    }

    private int Saying(SaidWithMemo memo, string pain, IndustryWords kind, List<int> records)
    {
        if (!memo.Saying.TryGetValue((pain, kind), out var count))
        {
            memo.Saying[(pain, kind)] = count = kind.Saying(records.Select(LowerText));
        }
        return count;
    }

    // Found for this context's analysis and mentions (a copy made with other ones starts afresh).
    private SaidWithMemo? _saidWith;

    private SaidWithMemo SaidMemo()
    {
        if (
            _saidWith is not { } memo
            || !ReferenceEquals(memo.Analysis, Analysis)
            || !ReferenceEquals(memo.Mentions, Mentions)
        )
        {
            _saidWith = memo = new SaidWithMemo(Analysis, Mentions);
        }
        return memo;
    }

    private sealed record SaidWithMemo(AnalysisResult Analysis, IReadOnlyList<int> Mentions)
    {
        public Dictionary<string, List<int>> Records { get; } = new(StringComparer.Ordinal);
        public Dictionary<(string Pain, IndustryWords Kind), int> Saying { get; } = [];
    }

    /// <summary>
    /// A delivery partner named in this touchpoint's evidence (or description), and one span naming it.
    /// </summary>
    public string? Partner { get; init; }
    public EvidenceQuote? PartnerSpan { get; init; }

    public int PainCount(string pain) => Pains.FirstOrDefault(p => p.Pain == pain)?.Count ?? 0;

    /// <summary>
    /// The pain's share of this touchpoint's mentions (0–1): what a hypothesis against it can address.
    /// </summary>
    public double PainShare(string pain) => Mentions.Count == 0 ? 0 : (double)PainCount(pain) / Mentions.Count;

    public static TouchpointContext Build(
        AnalysisResult analysis,
        TouchpointScore score,
        IReadOnlyList<string> partners
    )
    {
        var id = score.TouchpointId;
        var touchpoint = analysis.Catalog.Find(id);
        var mentions = new List<int>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            if (
                analysis.Records[i].IsCustomerVoice
                && analysis.Annotations[i].Touchpoints.Any(m => m.TouchpointId == id)
            )
            {
                mentions.Add(i);
            }
        }
        var annotations = mentions.Select(i => analysis.Annotations[i]).ToList();
        var (partner, span) = FindPartner(analysis, mentions, touchpoint, partners);
        return new TouchpointContext
        {
            Analysis = analysis,
            Score = score,
            Name = touchpoint?.Name ?? id,
            Owner = string.IsNullOrWhiteSpace(touchpoint?.Owner) ? "the owning team" : touchpoint.Owner,
            Mentions = mentions,
            MentionAnnotations = annotations,
            Pains = HypothesisBaselines.PainCounts(annotations),
            Kinds = TouchpointKinds.Of(touchpoint, id),
            Partner = partner,
            PartnerSpan = span,
        };
    }

    /// <summary>
    /// The partner named most in this touchpoint's records; the catalog description counts as a tie-breaker only.
    /// </summary>
    private static (string?, EvidenceQuote?) FindPartner(
        AnalysisResult analysis,
        List<int> mentions,
        Touchpoint? touchpoint,
        IReadOnlyList<string> partners
    )
    {
        string? best = null;
        EvidenceQuote? bestSpan = null;
        var bestCount = 0;
        foreach (var p in partners)
        {
            EvidenceQuote? first = null;
            var count = 0;
            foreach (var i in mentions)
            {
                var at = analysis.Records[i].Text.IndexOf(p, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                count++;
                first ??= EvidenceQuote.Of(analysis.Records[i], at, at + p.Length);
            }
            if (touchpoint?.Description.Contains(p, StringComparison.Ordinal) == true)
            {
                count++;
            }
            if (count > bestCount && first is not null)
            {
                (best, bestSpan, bestCount) = (p, first, count);
            }
        }
        return (best, bestSpan);
    }

    public EvidenceRecord Record(int index) => Analysis.Records[index];

    // Every remedy scans every mention for its signal words; lower-casing each text once instead of once per remedy.
    private readonly Dictionary<int, string> _lower = [];

    /// <summary>The record's text in lower case (invariant), computed once per record.</summary>
    public string LowerText(int index)
    {
        if (!_lower.TryGetValue(index, out var text))
        {
            _lower[index] = text = Analysis.Records[index].Text.ToLowerInvariant();
        }
        return text;
    }

    public bool HasPain(int record, string pain) => HypothesisBaselines.HasPain(Analysis.Annotations[record], pain);
}
