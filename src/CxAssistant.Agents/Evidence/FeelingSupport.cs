using CxAssistant.Core.Annotations;

namespace CxAssistant.Agents.Evidence;

/// <summary>
/// A model's intent and emotions are not quoted, so they stand only where the record agrees: the offline reader has a
/// cue for the label, or the label's polarity matches the record's sentiment (praise and delight need a positive text,
/// a complaint and frustration a negative one). Otherwise the offline reader's labels stay.
/// </summary>
internal static class FeelingSupport
{
    private static readonly Emotion[] Positive = [Emotion.Delight, Emotion.Trust, Emotion.Relief, Emotion.Gratitude];

    public static (Intent Intent, IReadOnlyList<Emotion> Emotions, List<LabelDecision> Decisions) Verify(
        Annotation offline,
        Annotation model
    )
    {
        var decisions = new List<LabelDecision>();
        var intent = model.Intent;
        if (
            intent != offline.Intent
            && !HasCue(offline, CueLabels.Intent, Kebab(intent))
            && !Agrees(offline.SentimentLabel, intent)
        )
        {
            decisions.Add(
                new LabelDecision(
                    "intent:" + Kebab(intent),
                    LabelSupport.Replaced,
                    "the record does not show the intent"
                )
            );
            intent = offline.Intent;
        }
        var emotions = new List<Emotion>();
        foreach (var e in model.Emotions)
        {
            if (
                offline.Emotions.Contains(e)
                || HasCue(offline, CueLabels.Emotion, Kebab(e))
                || Agrees(offline.SentimentLabel, e)
            )
            {
                emotions.Add(e);
            }
            else
            {
                decisions.Add(
                    new LabelDecision(
                        "emotion:" + Kebab(e),
                        LabelSupport.Replaced,
                        "the record does not show the emotion"
                    )
                );
            }
        }
        return (intent, emotions.Count == 0 && model.Emotions.Count > 0 ? offline.Emotions : emotions, decisions);
    }

    private static bool Agrees(SentimentLabel sentiment, Intent intent) =>
        intent switch
        {
            Intent.Praise => sentiment == SentimentLabel.Positive,
            Intent.Complaint => sentiment == SentimentLabel.Negative,
            _ => true, // questions, suggestions and requests carry no verdict
        };

    private static bool Agrees(SentimentLabel sentiment, Emotion emotion) =>
        Positive.Contains(emotion) ? sentiment == SentimentLabel.Positive : sentiment == SentimentLabel.Negative;

    private static bool HasCue(Annotation offline, string prefix, string label) =>
        offline.Cues.Any(c => c.Label == prefix + label);

    private static string Kebab<T>(T value)
        where T : struct, Enum => Drafters.Labels.Kebab(value);
}
