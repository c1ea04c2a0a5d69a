using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// What the customer is doing with the message. Explicit cues come first (suggestion phrasing, requests,
/// question form) but tone overrides form when it is strong: "why does it take 3 hours to get a reply?" is a
/// complaint, "can you DM me? need to change my booking" a help request. A statement that asks the business
/// to act ("I forgot my password") is a help request even without a request phrase. Thread-safe.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>Sentiment at or below which a question reads as a complaint.</summary>
    private const double ComplaintTone = -0.45;

    /// <summary>Requests about a problem are negative by nature; only a clearly angry one is a complaint.</summary>
    private const double RequestComplaintTone = -0.65;

    public IntentResult Classify(string text, SentimentResult sentiment, JobStateEvent jobState = JobStateEvent.None) =>
        Classify(new TextAnalysis(text ?? string.Empty), sentiment, jobState);

    internal IntentResult Classify(TextAnalysis a, SentimentResult sentiment, JobStateEvent jobState)
    {
        var cues = IntentCues.Find(a);
        return Classify(a, cues, sentiment, jobState);
    }

    // implicitRequests is false for a review: it is written to other customers after the fact, so a problem it reports
    // ("the shower was not working") or a weak cue in its story ("so I had to…", "trying to get to sleep") is not a
    // request; only a plea of its own ("please…", "help me…", "can you…") makes it one.
    internal IntentResult Classify(
        TextAnalysis a,
        IntentCues cues,
        SentimentResult sentiment,
        JobStateEvent jobState,
        bool implicitRequests = true
    )
    {
        var whole = (0, a.Text.Length);
        var score = sentiment.Score;
        var tone = sentiment.Label;
        // "Won't be coming back" is a cancel that asks for nothing: a churn statement, read by its tone, not a request.
        var churnStatement = jobState == JobStateEvent.Cancel && !cues.IsRequest;
        var asksBusiness =
            !churnStatement
            && implicitRequests
            && jobState
                is JobStateEvent.Service
                    or JobStateEvent.Cancel
                    or JobStateEvent.Blocker
                    or JobStateEvent.Spawn;
        var complaintTone =
            cues.Help is not null || cues.WeakHelp is not null || asksBusiness ? RequestComplaintTone : ComplaintTone;

        if (cues.Suggestion is { } sg && score > -0.6)
        {
            return Result(Intent.Suggestion, sg, 0.75);
        }
        if (score <= complaintTone || cues.Complaint is not null && tone == SentimentLabel.Negative)
        {
            return Result(
                Intent.Complaint,
                cues.Complaint ?? FirstCue(sentiment, "negative") ?? whole,
                0.55 + Math.Min(0.4, -score * 0.4)
            );
        }
        if (cues.Ask is { } ask)
        {
            return Result(Intent.Question, ask, 0.75);
        }
        if (cues.Help is { } h)
        {
            return Result(Intent.HelpRequest, h, tone == SentimentLabel.Neutral ? 0.75 : 0.6);
        }
        if (cues.Question is { } q)
        {
            return Result(Intent.Question, q, tone == SentimentLabel.Neutral ? 0.8 : 0.6);
        }
        // A weak cue in a glowing text ("we want to come back", "I would like to thank…") is praise, not a request.
        if ((cues.WeakHelp ?? cues.Imperative) is { } wh && tone != SentimentLabel.Positive && implicitRequests)
        {
            return Result(Intent.HelpRequest, wh, 0.65);
        }
        if (asksBusiness && tone != SentimentLabel.Positive)
        {
            return Result(Intent.HelpRequest, whole, 0.5);
        }
        if (tone == SentimentLabel.Negative)
        {
            return Result(Intent.Complaint, FirstCue(sentiment, "negative") ?? whole, 0.55);
        }
        if (tone == SentimentLabel.Positive)
        {
            return Result(
                Intent.Praise,
                cues.Praise ?? FirstCue(sentiment, "positive") ?? whole,
                0.5 + Math.Min(0.4, score * 0.4)
            );
        }
        return Result(Intent.None, whole, 0.5);
    }

    private static IntentResult Result(Intent intent, (int Start, int End) span, double confidence) =>
        new(intent, span.Start, span.End, Math.Round(Math.Clamp(confidence, 0, 1), 3));

    private static (int, int)? FirstCue(SentimentResult sentiment, string polarity)
    {
        var label = CueLabels.Sentiment + polarity;
        foreach (var c in sentiment.Cues)
        {
            if (c.Label == label)
            {
                return (c.Start, c.End);
            }
        }
        return null;
    }
}
