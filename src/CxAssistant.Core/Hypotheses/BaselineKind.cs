namespace CxAssistant.Core.Hypotheses;

/// <summary>
/// The baselines a success metric can start from; each is recomputed from the analysis by
/// <see cref="HypothesisBaselines"/>.
/// </summary>
public static class BaselineKind
{
    /// <summary>% of the touchpoint's customer mentions carrying a pain cue (needs a pain kind).</summary>
    public const string PainShare = "pain-share";

    /// <summary>NPS among customers who mention the touchpoint (the scoring core's touchpoint NPS).</summary>
    public const string Nps = "nps";

    /// <summary>% of NPS answers linked to the touchpoint that are detractors (0–6).</summary>
    public const string DetractorShare = "detractor-share";

    /// <summary>CSAT (% of 4–5 answers) linked to the touchpoint.</summary>
    public const string Csat = "csat";

    /// <summary>% of the touchpoint's customer mentions with negative sentiment.</summary>
    public const string NegativeShare = "negative-share";

    /// <summary>% of the touchpoint's customer mentions with a failure cue.</summary>
    public const string FailureShare = "failure-share";

    public static readonly IReadOnlyList<string> All =
    [
        PainShare,
        Nps,
        DetractorShare,
        Csat,
        NegativeShare,
        FailureShare,
    ];
}
