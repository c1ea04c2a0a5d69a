using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Annotations;

/// <summary>
/// Reads a record's actionability from its annotation (docs/scoring.md, "Actionability"), deterministically:
/// <list type="bullet">
/// <item><b>needs a reply</b>: a customer's question (a question mark, or the question word opening the sentence) or
/// request for help, or a negative complaint left unresolved (blocked, cancelling, or a pain of the waiting-on-you
/// kind:
/// no update, unreachable, broken promise, repeat contact), unless it says the job is done; transcript turns are left
/// out (the customer was already talking to someone);</item>
/// <item><b>a suggestion to consider</b>: the customer proposes something;</item>
/// <item><b>nothing to do</b>: everything else, business turns and analytics rows included.</item>
/// </list>
/// The span is the sentence around the cue that carries the reason (intent, job state or pain), else the whole text.
/// </summary>
public static class ActionabilityRule
{
    private static readonly string[] Unresolved =
    [
        PainKind.NoUpdate,
        PainKind.Unreachable,
        PainKind.BrokenPromise,
        PainKind.RepeatContact,
    ];

    public static RecordAction Read(EvidenceRecord record, Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(annotation);
        var nothing = new RecordAction(Actionability.NothingToDo, "", 0, 0);
        if (!record.IsCustomerVoice)
        {
            return nothing;
        }
        if (annotation.Intent == Intent.Suggestion)
        {
            return At(record, annotation, Actionability.Suggestion, "suggestion", CueLabels.Intent + "suggestion");
        }
        if (record.Speaker is not null || annotation.JobState == JobStateEvent.Done)
        {
            return nothing;
        }
        switch (annotation.Intent)
        {
            case Intent.Question:
                var asked = At(record, annotation, Actionability.NeedsReply, "question", CueLabels.Intent + "question");
                return AsksSomething(record, annotation, asked) ? asked : nothing;
            case Intent.HelpRequest:
                return At(
                    record,
                    annotation,
                    Actionability.NeedsReply,
                    "asks for help",
                    CueLabels.Intent + "help-request"
                );
            case Intent.Complaint when annotation.SentimentLabel != SentimentLabel.Negative:
                return nothing;
            case Intent.Complaint when annotation.JobState is JobStateEvent.Blocker or JobStateEvent.Cancel:
                var job = annotation.JobState == JobStateEvent.Blocker ? "blocker" : "cancel";
                return At(
                    record,
                    annotation,
                    Actionability.NeedsReply,
                    job == "blocker" ? "complaint, blocked" : "complaint, cancelling",
                    CueLabels.Job + job
                );
            case Intent.Complaint:
                var pain = CueLabels
                    .Values(annotation.Cues, CueLabels.Pain)
                    .FirstOrDefault(p => Unresolved.Contains(p));
                return pain is null
                    ? nothing
                    : At(
                        record,
                        annotation,
                        Actionability.NeedsReply,
                        "complaint, " + PainNames.Of(pain),
                        CueLabels.Pain + pain
                    );
            default:
                return nothing;
        }
    }

    /// <summary>
    /// A question cue mid-sentence is often a relative clause ("…delivery times, which is sad"): a question needs a
    /// question mark in its sentence, or its cue word opening the sentence ("How do I return this").
    /// </summary>
    private static bool AsksSomething(EvidenceRecord record, Annotation annotation, RecordAction span)
    {
        var text = record.Text;
        if (text.AsSpan(span.Start, span.End - span.Start).Contains('?'))
        {
            return true;
        }
        var cue = annotation.Cues.FirstOrDefault(c => c.Label == CueLabels.Intent + "question");
        return cue is not null && text.AsSpan(span.Start, Math.Max(0, cue.Start - span.Start)).Trim().IsEmpty;
    }

    private static RecordAction At(
        EvidenceRecord record,
        Annotation annotation,
        Actionability kind,
        string reason,
        string label
    )
    {
        var cue = annotation.Cues.FirstOrDefault(c =>
            c.Label == label && c.End > c.Start && c.End <= record.Text.Length
        );
        if (cue is null)
        {
            return new RecordAction(kind, reason, 0, record.Text.Length);
        }
        // The cue is a word or two ("which", "please"); the sentence around it is what a person needs to read.
        var (start, end) = SentenceBounds.Around(record.Text, cue.Start, cue.End);
        return new RecordAction(kind, reason, start, end);
    }
}
