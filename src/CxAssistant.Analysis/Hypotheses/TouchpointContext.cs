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
