using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Scoring;

/// <summary>
/// Whether a customer had a negative or failed experience at a touchpoint (docs/scoring.md, "Complaints"). A review
/// that praises the staff and then says the room was noisy is positive on balance, yet it is a complaint about the
/// room: so the verdict is read where the touchpoint is mentioned. The polar cue nearest the mention in its sentence
/// decides (negative sentiment, a failure, a pain or an effort cue is a complaint; positive sentiment is not); a
/// sentence without polar cues takes the record's own verdict (sentiment ≤ −0.15, a failure, or 1–2 stars).
/// </summary>
internal static class ComplaintEvidence
{
    public const double NegativeCut = -0.15;

    /// <summary>Distinct customers with at least one complaint mention of the touchpoint.</summary>
    public static int Customers(EvidenceIndex index, IReadOnlyList<Mention> mentions)
    {
        var customers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (IsComplaint(index.Records[m.Record], index.Annotations[m.Record], m.Start, m.End))
            {
                customers.Add(index.CustomerKeys[m.Record]);
            }
        }
        return customers.Count;
    }

    public static bool IsComplaint(EvidenceRecord record, Annotation annotation, int start, int end)
    {
        var text = record.Text;
        var (s, e) = Sentence(text, start, end);
        var bestDistance = int.MaxValue;
        var verdict = 0;
        foreach (var cue in annotation.Cues)
        {
            var polarity = Polarity(cue.Label);
            if (polarity == 0 || cue.End <= s || cue.Start >= e)
            {
                continue;
            }
            var distance =
                cue.Start < end && cue.End > start ? 0 : Math.Min(Math.Abs(cue.Start - end), Math.Abs(start - cue.End));
            // Ties go to the earlier cue (cues come in text order within a kind), so the order is deterministic.
            if (distance < bestDistance)
            {
                (bestDistance, verdict) = (distance, polarity);
            }
        }
        if (verdict != 0)
        {
            return verdict < 0;
        }
        return annotation.Sentiment <= NegativeCut || annotation.Failure || record.Rating is <= 2;
    }

    private static (int Start, int End) Sentence(string text, int start, int end)
    {
        if (text.Length == 0)
        {
            return (0, 0);
        }
        var s = Math.Clamp(start, 0, text.Length);
        var e = Math.Clamp(end, s, text.Length);
        while (s > 0 && !SentenceBounds.IsEnd(text, s - 1))
        {
            s--;
        }
        while (e < text.Length && !SentenceBounds.IsEnd(text, e))
        {
            e++;
        }
        return (s, e);
    }

    /// <summary>+1 praise, −1 complaint, 0 not polar.</summary>
    private static int Polarity(string label)
    {
        if (label.StartsWith(CueLabels.Sentiment, StringComparison.Ordinal))
        {
            var value = label.AsSpan(CueLabels.Sentiment.Length);
            return value.SequenceEqual("positive") ? 1
                : value.SequenceEqual("negative") ? -1
                : 0;
        }
        return
            label.StartsWith(CueLabels.Failure, StringComparison.Ordinal)
            || label.StartsWith(CueLabels.Pain, StringComparison.Ordinal)
            || label.StartsWith(CueLabels.Effort, StringComparison.Ordinal)
            ? -1
            : 0;
    }
}
