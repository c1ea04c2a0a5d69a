using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.JobStates;

/// <summary>
/// Picks a verbatim quote for a record: the sentence around the cue that shows the state (the job cue, else a
/// pain cue, else the primary touchpoint mention, else the text's start), cut to a maximum length at a space.
/// </summary>
internal static class JobStateQuotes
{
    public static EvidenceQuote? Quote(EvidenceRecord record, Annotation annotation, string jobCueLabel, int maxLength)
    {
        var text = record.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var (anchorStart, anchorEnd) = Anchor(annotation, jobCueLabel, text.Length);
        var (start, end) = SentenceBounds.Around(text, anchorStart, anchorEnd);
        if (end - start > maxLength)
        {
            // a long sentence: a window around the cue
            var q = QuoteSelector.Around(record, anchorStart, anchorEnd, maxLength);
            (start, end) = (q.Start, q.End);
        }
        return end > start ? EvidenceQuote.Of(record, start, end) : null;
    }

    private static (int Start, int End) Anchor(Annotation annotation, string jobCueLabel, int length)
    {
        var cue = annotation.Cues.FirstOrDefault(c => c.Label == jobCueLabel && Fits(c.Start, c.End, length))
            ?? annotation.Cues.FirstOrDefault(c =>
                c.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal) && Fits(c.Start, c.End, length)
            );
        if (cue is not null)
        {
            return (cue.Start, cue.End);
        }
        var mention = annotation.Touchpoints.FirstOrDefault(m => Fits(m.Start, m.End, length));
        return mention is not null ? (mention.Start, mention.End) : (0, Math.Min(length, 1));
    }

    private static bool Fits(int start, int end, int length) => start >= 0 && end <= length && start < end;
}
