using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Emotional impact −1…+1: the weighted mean annotation sentiment of a touchpoint's mentions, where a
/// record's primary touchpoint weighs 1.0 and its other touchpoints 0.5 (the feeling is mostly about the
/// main subject). Band: mean ± t(n_eff − 1)·SE with the weighted variance and Kish's effective sample size.
/// </summary>
internal static class EmotionalImpact
{
    public static DimensionScore Compute(EvidenceIndex index, IReadOnlyList<Mention> mentions, ScoringOptions options)
    {
        if (mentions.Count == 0)
        {
            return new DimensionScore(0, -1, 1, 0, DimensionLevels.Emotional(0));
        }
        double sw = 0,
            swx = 0,
            sw2 = 0;
        foreach (var m in mentions)
        {
            var w = m.Primary ? options.PrimaryWeight : options.SecondaryWeight;
            sw += w;
            sw2 += w * w;
            swx += w * Sentiment(index, m.Record);
        }
        var mean = Math.Clamp(swx / sw, -1, 1);
        double low = -1,
            high = 1;
        if (mentions.Count >= 2)
        {
            var variance =
                mentions.Sum(m =>
                {
                    var w = m.Primary ? options.PrimaryWeight : options.SecondaryWeight;
                    var d = Sentiment(index, m.Record) - mean;
                    return w * d * d;
                }) / sw;
            var nEff = sw * sw / sw2;
            // variance/(nEff − 1) is the squared standard error with the small-sample correction;
            // with equal weights it is exactly s²/n.
            var se = nEff > 1 ? Math.Sqrt(variance / (nEff - 1)) : 1;
            var half = Statistics.TCritical95(nEff - 1) * se;
            low = Math.Max(-1, mean - half);
            high = Math.Min(1, mean + half);
        }
        return new DimensionScore(
            Round(mean),
            Round(low),
            Round(high),
            mentions.Count,
            DimensionLevels.Emotional(Round(mean))
        );
    }

    private static double Sentiment(EvidenceIndex index, int record)
    {
        var s = index.Annotations[record].Sentiment;
        return double.IsFinite(s) ? Math.Clamp(s, -1, 1) : 0;
    }

    private static double Round(double x) => Statistics.Round(x, 3);
}
