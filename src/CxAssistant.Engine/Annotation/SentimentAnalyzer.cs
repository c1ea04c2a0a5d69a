using CxAssistant.Core.Annotations;

namespace CxAssistant.Engine.Annotation;

/// <summary>
/// Lexicon-and-rules sentiment for customer feedback. Phrases (complaint idioms such as "on hold for 2 hours",
/// "still no refund") score as units; negators, intensifiers, downtoners and shouting modify the phrase they
/// precede; clause weights favour the part after "but"; positive words are read as sarcasm inside short
/// complaints; star ratings and NPS answers are blended with the text. Stateless and thread-safe.
/// </summary>
public sealed class SentimentAnalyzer
{
    /// <summary>Squashes summed evidence into −1..+1; a single strong word lands near ±0.8.</summary>
    private const double Alpha = 4;

    /// <summary>Score at or above which the label is positive (chosen on the dev split).</summary>
    public double PositiveThreshold { get; init; } = 0.2;

    /// <summary>Score at or below which the label is negative (chosen on the dev split).</summary>
    public double NegativeThreshold { get; init; } = -0.2;

    /// <summary>Share of the blended score taken from the text when a rating or NPS answer is present.</summary>
    public double TextWeightWithScore { get; init; } = 0.4;

    public SentimentResult Analyze(string text, double? rating = null, int? nps = null) =>
        Analyze(new TextAnalysis(text ?? string.Empty), rating, nps);

    internal SentimentResult Analyze(TextAnalysis a, double? rating, int? nps)
    {
        var contributions = SentimentEvidence.Collect(a);
        double pos = 0, neg = 0;
        var cues = new List<Cue>(contributions.Count + 1);
        foreach (var c in contributions)
        {
            if (c.Value > 0) pos += c.Value; else neg -= c.Value;
            if (Math.Abs(c.Value) >= 0.3)
            {
                var (s, e) = a.Span(c.Start, c.End);
                cues.Add(new Cue(CueLabels.Sentiment + (c.Value > 0 ? "positive" : "negative"), s, e));
            }
        }
        var raw = pos - neg;
        var text = raw / Math.Sqrt(raw * raw + Alpha);
        var mixed = pos > 0 && neg > 0 ? Math.Min(pos, neg) / Math.Max(pos, neg) : 0;
        // Reviews that weigh pros against cons read as mixed even when one side edges ahead.
        text *= 1 - 0.5 * mixed * mixed;

        var prior = Prior(rating, nps);
        var score = prior is { } p ? TextWeightWithScore * text + (1 - TextWeightWithScore) * p : text;
        score = Math.Clamp(score, -1, 1);
        var label = score >= PositiveThreshold ? SentimentLabel.Positive
            : score <= NegativeThreshold ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        if (label == SentimentLabel.Neutral) cues.Add(new Cue(CueLabels.Sentiment + "neutral", 0, a.Text.Length));

        return new SentimentResult(score, label, text, pos, neg, cues, Confidence(score, text, pos + neg, mixed, prior));
    }

    /// <summary>Star rating (1–5) and NPS answer (0–10) as a −1..+1 prior; NPS passives (7–8) sit near neutral.</summary>
    internal static double? Prior(double? rating, int? nps)
    {
        double? star = rating is { } r ? Math.Clamp((r - 3) / 2, -1, 1) : null;
        double? rec = nps is { } n ? NpsScores[Math.Clamp(n, 0, 10)] : null;
        return (star, rec) switch
        {
            ({ } s, { } q) => (s + q) / 2,
            ({ } s, null) => s,
            (null, { } q) => q,
            _ => null,
        };
    }

    private static readonly double[] NpsScores = [-1, -0.9, -0.8, -0.65, -0.5, -0.3, -0.15, 0.05, 0.25, 0.6, 0.9];

    private double Confidence(double score, double text, double mass, double mixed, double? prior)
    {
        var margin = score >= PositiveThreshold ? score - PositiveThreshold
            : score <= NegativeThreshold ? NegativeThreshold - score
            : Math.Min(PositiveThreshold - score, score - NegativeThreshold);
        var confidence = Math.Clamp(0.55 + 1.2 * margin, 0.3, 0.95);
        if (mass < 0.5 && prior is null) confidence = Math.Min(confidence, 0.4);
        if (mixed > 0.5) confidence *= 0.75;
        if (prior is { } p && Math.Abs(p) > 0.3 && Math.Abs(text) > 0.3 && Math.Sign(p) != Math.Sign(text)) confidence *= 0.6;
        return Math.Round(confidence, 3);
    }
}
