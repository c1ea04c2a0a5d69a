using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class IntentClassifierTests
{
    private readonly SentimentAnalyzer _sentiment = new();
    private readonly JobStateClassifier _jobs = new();
    private readonly IntentClassifier _classifier = new();

    private Intent Classify(string text) =>
        _classifier.Classify(text, _sentiment.Analyze(text), _jobs.Classify(text).State).Intent;

    [Theory]
    [InlineData("@united worst customer service ever. rude agent hung up on me", Intent.Complaint)]
    [InlineData("@JetBlue thank you for the smooth flight and the amazing crew!", Intent.Praise)]
    [InlineData("do you ship to Norway?", Intent.Question)]
    [InlineData("it would be great if you added a dark mode", Intent.Suggestion)]
    [InlineData("can you DM me? need to change the name on my reservation", Intent.HelpRequest)]
    [InlineData("I forgot my password and the reset link isn't working", Intent.HelpRequest)]
    [InlineData("heading home from Denver now", Intent.None)]
    public void Classify_TypicalMessages_GetIntent(string text, Intent expected) =>
        Assert.Equal(expected, Classify(text));

    [Fact]
    public void Classify_AngryQuestion_IsComplaint() =>
        Assert.Equal(Intent.Complaint, Classify("why does it take 3 hours to get a reply? worst service ever"));

    [Fact]
    public void Classify_Suggestion_SpansSuggestionPhrase()
    {
        const string text = "Please add a calendar integration.";
        var result = _classifier.Classify(text, _sentiment.Analyze(text));
        Assert.Equal(Intent.Suggestion, result.Intent);
        Assert.Equal("Please add", text[result.Start..result.End]);
    }
}
