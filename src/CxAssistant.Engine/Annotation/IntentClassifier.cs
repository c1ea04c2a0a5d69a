using CxAssistant.Core.Annotations;
using CxAssistant.Engine.Text;

namespace CxAssistant.Engine.Annotation;

/// <summary>
/// What the customer is doing with the message. Explicit cues come first (suggestion phrasing, requests,
/// question form) but tone overrides form when it is strong: "why does it take 3 hours to get a reply?" is a
/// complaint, "can you DM me? need to change my booking" a help request. Thread-safe.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>Sentiment at or below which a question or request reads as a complaint.</summary>
    private const double ComplaintTone = -0.45;

    public IntentResult Classify(string text, SentimentResult sentiment) =>
        Classify(new TextAnalysis(text ?? string.Empty), sentiment);

    internal IntentResult Classify(TextAnalysis a, SentimentResult sentiment)
    {
        (int Start, int End)? suggestion = null, help = null, question = null, complaint = null, praise = null;
        foreach (var m in Lexicons.Intents.Match(a))
        {
            var span = a.Span(m.Start, m.End);
            foreach (var label in m.Value)
            {
                switch (label)
                {
                    case "suggestion": suggestion ??= span; break;
                    case "help": help ??= span; break;
                    case "question" when IsQuestionOpener(a, m.Start): question ??= span; break;
                    case "complaint": complaint ??= span; break;
                    case "praise": praise ??= span; break;
                }
            }
        }
        var questionMark = a.Text.IndexOf('?');
        if (question is null && questionMark >= 0) question = (questionMark, questionMark + 1);
        var whole = (0, a.Text.Length);
        var score = sentiment.Score;
        var tone = sentiment.Label;

        if (suggestion is { } sg && score > -0.6) return Result(Intent.Suggestion, sg, 0.75);
        if (score <= ComplaintTone || complaint is not null && tone == SentimentLabel.Negative)
            return Result(Intent.Complaint, complaint ?? FirstCue(sentiment, "negative") ?? whole, 0.55 + Math.Min(0.4, -score * 0.4));
        if (help is { } h) return Result(Intent.HelpRequest, h, tone == SentimentLabel.Neutral ? 0.75 : 0.6);
        if (question is { } q) return Result(Intent.Question, q, tone == SentimentLabel.Neutral ? 0.8 : 0.6);
        if (tone == SentimentLabel.Negative) return Result(Intent.Complaint, FirstCue(sentiment, "negative") ?? whole, 0.55);
        if (tone == SentimentLabel.Positive) return Result(Intent.Praise, praise ?? FirstCue(sentiment, "positive") ?? whole, 0.5 + Math.Min(0.4, score * 0.4));
        return Result(Intent.None, whole, 0.5);
    }

    private static IntentResult Result(Intent intent, (int Start, int End) span, double confidence) =>
        new(intent, span.Start, span.End, Math.Round(Math.Clamp(confidence, 0, 1), 3));

    /// <summary>Question words count at the start of a sentence (after an @handle), not mid-clause ("that's what I wanted").</summary>
    private static bool IsQuestionOpener(TextAnalysis a, int i)
    {
        var k = i - 1;
        while (k >= 0 && a.Kinds[k] == TokenKind.Word && a.Starts[k] > 0 && a.Text[a.Starts[k] - 1] == '@') k--;
        return k < 0 || a.IsPunctuation(k) || a.Words[k] is "so" or "and" or "also" or "hi" or "hello" or "hey";
    }

    private static (int, int)? FirstCue(SentimentResult sentiment, string polarity)
    {
        var label = CueLabels.Sentiment + polarity;
        foreach (var c in sentiment.Cues)
        {
            if (c.Label == label) return (c.Start, c.End);
        }
        return null;
    }
}
