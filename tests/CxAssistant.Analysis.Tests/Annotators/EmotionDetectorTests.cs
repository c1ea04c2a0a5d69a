using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class EmotionDetectorTests
{
    private readonly EmotionDetector _detector = new();

    [Theory]
    [InlineData("on hold for 2 hours, so frustrating", Emotion.Frustration)]
    [InlineData("I am furious, this is a scam", Emotion.Anger)]
    [InlineData("I don't understand the fees on my statement", Emotion.Confusion)]
    [InlineData("worried my bag won't arrive before the wedding", Emotion.Anxiety)]
    [InlineData("really disappointed with the quality", Emotion.Disappointment)]
    [InlineData("absolutely love it 😍", Emotion.Delight)]
    [InlineData("always reliable, I trust them with my savings", Emotion.Trust)]
    [InlineData("what a relief, they refunded it the same day", Emotion.Relief)]
    [InlineData("thank you so much for the help", Emotion.Gratitude)]
    public void Detect_CuePhrase_FindsEmotion(string text, Emotion expected) =>
        Assert.Contains(_detector.Detect(text), e => e.Emotion == expected);

    [Fact]
    public void Detect_NegatedCue_IsIgnored() =>
        Assert.DoesNotContain(_detector.Detect("I was not worried at all"), e => e.Emotion == Emotion.Anxiety);

    [Fact]
    public void Detect_Emotion_HasSpanOfCue()
    {
        const string text = "Honestly I am so frustrated with this";
        var cue = Assert.Single(_detector.Detect(text), e => e.Emotion == Emotion.Frustration);
        Assert.Equal("frustrated", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Detect_UnnamedWaitInComplaint_InfersFrustrationAtWaitCue()
    {
        const string text = "Room wasn't ready at check-in and we waited two hours in the lobby.";
        var emotions = _detector.Detect(text, new SentimentAnalyzer().Analyze(text), new PainDetector().Detect(text));
        var cue = Assert.Single(emotions, e => e.Emotion == Emotion.Frustration);
        Assert.Contains(text[cue.Start..cue.End], new[] { "not ready", "wasn't ready", "waited" });
    }

    [Fact]
    public void Detect_SarcasticPraise_IsNotDelight()
    {
        const string text = "@united great, another delay. love spending my saturday at the airport";
        var emotions = _detector.Detect(text, new SentimentAnalyzer().Analyze(text), new PainDetector().Detect(text));
        Assert.DoesNotContain(emotions, e => e.Emotion == Emotion.Delight);
    }

    [Fact]
    public void Detect_NeutralText_FindsNothing() => Assert.Empty(_detector.Detect("The parcel is a box of books"));
}
