using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Finds emotions from cue phrases (emotions.txt), ignoring cues negated in their clause ("not worried"),
/// and infers the ones customers show without naming them: frustration from effort and repetition
/// ("3rd time", "on hold"), anger from shouting and "!!!" on a strongly negative text. Thread-safe.
/// </summary>
public sealed class EmotionDetector
{
    private static readonly Emotion[] Positive = [Emotion.Delight, Emotion.Trust, Emotion.Relief, Emotion.Gratitude];

    public IReadOnlyList<EmotionCue> Detect(string text) =>
        Detect(new TextAnalysis(text ?? string.Empty), sentiment: null);

    /// <summary>
    /// Emotions with the text's sentiment and pains known: adds the emotions customers show without naming them.
    /// </summary>
    public IReadOnlyList<EmotionCue> Detect(string text, SentimentResult sentiment, PainResult pains) =>
        Detect(new TextAnalysis(text ?? string.Empty), sentiment, pains);

    /// <summary>Emotions in the order found, one cue per emotion (its first span).</summary>
    internal IReadOnlyList<EmotionCue> Detect(TextAnalysis a, SentimentResult? sentiment, PainResult? pains = null)
    {
        var found = new List<EmotionCue>(4);
        var matches = Lexicons.Emotions.Match(a);
        foreach (var m in matches)
        {
            if (IsNegated(a, m.Start) && !StartsWithNegator(a, m.Start))
            {
                continue;
            }
            foreach (var label in m.Value)
            {
                var emotion = Enum.Parse<Emotion>(label, ignoreCase: true);
                if (!Fits(emotion, sentiment))
                {
                    continue;
                }
                Add(found, emotion, a.Span(m.Start, m.End));
            }
        }
        if (sentiment is { Label: SentimentLabel.Negative } s && s.Score <= -0.6)
        {
            var shout = ShoutSpan(a);
            if (shout is { } span)
            {
                Add(found, Emotion.Anger, span);
            }
        }
        if (sentiment is not null && pains is not null)
        {
            Infer(found, sentiment, pains);
        }
        return found;
    }

    /// <summary>
    /// Sarcastic praise ("great, another delay") must not read as delight; plain complaints are not gratitude.
    /// </summary>
    private static bool Fits(Emotion emotion, SentimentResult? sentiment)
    {
        if (sentiment is null)
        {
            return true;
        }
        var positive = Array.IndexOf(Positive, emotion) >= 0;
        if (positive)
        {
            return sentiment.Label != SentimentLabel.Negative || emotion == Emotion.Relief && sentiment.Score > -0.5;
        }
        return sentiment.Label != SentimentLabel.Positive || sentiment.Score < 0.5;
    }

    /// <summary>
    /// Waiting, chasing and things that broke frustrate even when nobody says "frustrated"; overcharging and rude
    /// staff anger; a clearly delighted text with no named emotion is delight.
    /// </summary>
    private static void Infer(List<EmotionCue> found, SentimentResult sentiment, PainResult pains)
    {
        if (sentiment.Label == SentimentLabel.Negative && found.Count == 0)
        {
            foreach (var cue in pains.Cues)
            {
                var kind = cue.Label;
                if (kind is "pain:hidden-fee" or "pain:rude-staff")
                {
                    Add(found, Emotion.Anger, (cue.Start, cue.End));
                    break;
                }
                if (
                    kind.StartsWith(CueLabels.Pain, StringComparison.Ordinal)
                    || kind.StartsWith(CueLabels.Effort, StringComparison.Ordinal)
                )
                {
                    Add(found, Emotion.Frustration, (cue.Start, cue.End));
                    break;
                }
            }
        }
        if (sentiment.Label == SentimentLabel.Positive && sentiment.TextScore >= 0.6 && found.Count == 0)
        {
            foreach (var cue in sentiment.Cues)
            {
                if (cue.Label != CueLabels.Sentiment + "positive")
                {
                    continue;
                }
                Add(found, Emotion.Delight, (cue.Start, cue.End));
                break;
            }
        }
    }

    private static void Add(List<EmotionCue> found, Emotion emotion, (int Start, int End) span)
    {
        foreach (var e in found)
        {
            if (e.Emotion == emotion)
            {
                return;
            }
        }
        found.Add(new EmotionCue(emotion, span.Start, span.End));
    }

    private static bool IsNegated(TextAnalysis a, int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (a.IsPunctuation(k))
            {
                return false;
            }
            if (Lexicons.Negators.Contains(a.Words[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithNegator(TextAnalysis a, int start) => Lexicons.Negators.Contains(a.Words[start]);

    private static (int, int)? ShoutSpan(TextAnalysis a)
    {
        var shouted = 0;
        var first = -1;
        for (var i = 0; i < a.Count; i++)
        {
            if (!a.Shouting[i])
            {
                continue;
            }
            shouted++;
            if (first < 0)
            {
                first = i;
            }
        }
        if (shouted >= 1 && a.Ends[first] - a.Starts[first] >= 4)
        {
            return a.Span(first, first + 1);
        }
        var bangs = a.Text.IndexOf("!!", StringComparison.Ordinal);
        return bangs >= 0 ? (bangs, bangs + 2) : null;
    }
}
