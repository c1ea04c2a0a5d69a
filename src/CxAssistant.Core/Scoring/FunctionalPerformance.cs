using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Functional performance 0…1: each mention scores 1 when it works, 0.5 when it worked only with effort
/// (effort cue), 0 when it failed (failure cue). When the record has a 1–5 star rating, the mention's score
/// is the average of that cue score and (rating − 1)/4. Value = mean over mentions; Wilson band with n = mentions.
/// </summary>
internal static class FunctionalPerformance
{
    public static DimensionScore Compute(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return new DimensionScore(1, 0, 1, 0, DimensionLevels.Functional(1));
        }
        var sum = mentions.Sum(m => MentionScore(index, m.Record));
        var value = sum / mentions.Count;
        var (low, high) = Statistics.Wilson(sum, mentions.Count);
        return new DimensionScore(
            Statistics.Round(value, 3),
            Statistics.Round(low, 3),
            Statistics.Round(high, 3),
            mentions.Count,
            DimensionLevels.Functional(Statistics.Round(value, 3))
        );
    }

    internal static double MentionScore(EvidenceIndex index, int record)
    {
        var annotation = index.Annotations[record];
        var cues =
            annotation.Failure ? 0
            : annotation.Effort ? 0.5
            : 1;
        return index.Records[record].Rating is { } r && double.IsFinite(r) && r >= 1 && r <= 5
            ? 0.5 * cues + 0.5 * (r - 1) / 4
            : cues;
    }
}
