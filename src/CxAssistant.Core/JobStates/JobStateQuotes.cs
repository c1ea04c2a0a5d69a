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
        if (string.IsNullOrWhiteSpace(text)) return null;
        var (anchorStart, anchorEnd) = Anchor(annotation, jobCueLabel, text.Length);
        var start = anchorStart;
        while (start > 0 && !IsSentenceEnd(text, start - 1)) start--;
        var end = Math.Max(anchorStart, anchorEnd - 1);
        while (end < text.Length && !IsSentenceEnd(text, end)) end++;
        end = Math.Min(text.Length, end + 1);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start > maxLength)
        {
            if (anchorEnd > start + maxLength) start = anchorStart; // keep the cue in view
            var cut = text.LastIndexOf(' ', Math.Min(text.Length - 1, start + maxLength));
            end = cut > start && cut >= Math.Min(anchorEnd, start + maxLength) ? cut : Math.Min(end, start + maxLength);
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        }
        return end > start ? EvidenceQuote.Of(record, start, end) : null;
    }

    private static (int Start, int End) Anchor(Annotation annotation, string jobCueLabel, int length)
    {
        var cue = annotation.Cues.FirstOrDefault(c => c.Label == jobCueLabel && Fits(c.Start, c.End, length))
            ?? annotation.Cues.FirstOrDefault(c => c.Label.StartsWith(CueLabels.Pain, StringComparison.Ordinal) && Fits(c.Start, c.End, length));
        if (cue is not null) return (cue.Start, cue.End);
        var mention = annotation.Touchpoints.FirstOrDefault(m => Fits(m.Start, m.End, length));
        return mention is not null ? (mention.Start, mention.End) : (0, Math.Min(length, 1));
    }

    // A full stop ends a sentence only before white space or the end: "$14.95", "e.g" and "v2.1" stay whole.
    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '!' or '?' or '\n' or '\r' => true,
        '.' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static bool Fits(int start, int end, int length) => start >= 0 && end <= length && start < end;
}
