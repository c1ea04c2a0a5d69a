namespace CxAssistant.Core.Annotations;

public enum Emotion
{
    Frustration,
    Anger,
    Confusion,
    Anxiety,
    Disappointment,
    Delight,
    Trust,
    Relief,
    Gratitude,
}
