namespace CxAssistant.Core.Annotations;

public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}
