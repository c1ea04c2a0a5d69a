using CxAssistant.Core.Evidence;
using CxAssistant.Analysis.Jobs;

namespace CxAssistant.Engine.Tests.Jobs;

public sealed class JobSignalExtractorTests
{
    private static EvidenceRecord Record(string text, string? speaker = null) => new()
    {
        Id = "e1", RecordId = "1", Text = text, Source = new SourceLocation("f.csv", 2), Channel = Channel.Survey, Speaker = speaker,
    };

    private static List<JobSignal> Of(string text, JobSignalKind kind) =>
        JobSignalExtractor.Extract(Record(text), 0).Where(s => s.Kind == kind).ToList();

    [Theory]
    [InlineData("I just wanted to grab breakfast before my train.", "grab breakfast before my train")]
    [InlineData("I was trying to return the boots for a half size up and it took weeks", "return the boots for a half size up and it took weeks")]
    [InlineData("Needed it for my daughter's birthday and the cake arrived squashed", "my daughter's birthday and the cake arrived squashed")]
    [InlineData("Ordered ahead so I could be quick on the school run.", "be quick on the school run")]
    [InlineData("Hi, I'm organising a breakfast for about forty people at our office", "a breakfast for about forty people at our office")]
    [InlineData("Trying to get coffee and something to eat before the 7:52 train, so speed matters", "get coffee and something to eat before the 7:52 train")]
    public void Extract_GoalPhrase_CapturesTheCustomersWords(string text, string goal)
    {
        var signal = Assert.Single(Of(text, JobSignalKind.Goal));
        Assert.Equal(goal, signal.Phrase);
        Assert.Equal(goal, text[signal.Start..signal.End].Trim());
    }

    [Theory]
    [InlineData("Ordered one for my daughter's birthday, it was PERFECT", "for my daughter's birthday")]
    [InlineData("I just wanted to grab breakfast before my train.", "before my train")]
    [InlineData("we needed the platters by Friday", "by Friday")]
    [InlineData("Needed the tent for a trip to Zion that weekend.", "for a trip to Zion that weekend")]
    public void Extract_Circumstance_IsFound(string text, string circumstance) =>
        Assert.Contains(Of(text, JobSignalKind.Circumstance), s => s.Phrase == circumstance);

    [Theory]
    [InlineData("I ended up calling the shop directly.", "Phones the business")]
    [InlineData("It showed up the next Tuesday. Had to buy one locally.", "Buys the item locally")]
    [InlineData("Return was a hassle so I seam-sealed it myself.", "Repairs or works around")]
    [InlineData("I now just walk in, it's faster.", "Walks in")]
    public void Extract_Workaround_IsSummarised(string text, string summary) =>
        Assert.StartsWith(summary, Assert.Single(Of(text, JobSignalKind.Workaround)).Label, StringComparison.Ordinal);

    [Theory]
    [InlineData("Missed my train because of the wait.", "Push")]
    [InlineData("Rented a kit first, great way to try before committing.", "Pull")]
    [InlineData("I was worried it would not arrive.", "Anxiety")]
    [InlineData("Not sure if the order went through.", "Anxiety")]
    [InlineData("I always get the almond croissant.", "Habit")]
    [InlineData("We usually order every Saturday.", "Habit")]
    public void Extract_Force_IsFound(string text, string force) => Assert.NotEmpty(Of(text, Enum.Parse<JobSignalKind>(force)));

    [Fact]
    public void Extract_BusinessSpeaker_IsIgnored() =>
        Assert.Empty(JobSignalExtractor.Extract(Record("I just wanted to help you get breakfast before your train.", "Agent"), 0));

    [Fact]
    public void Extract_TalkAboutTheConversation_IsNotAJob() => Assert.Empty(Of("I want to complain about the pickup.", JobSignalKind.Goal));

    [Theory]
    [InlineData("return the boots for a half size up", "Return", "the boots", "for a half size up")]
    [InlineData("grab breakfast before my train", "Get", "breakfast", "before the train")]
    [InlineData("get coffee and pay before the train", "Get", "coffee", "")]
    public void Normalise_GoalPhrase_SplitsVerbObjectClarifier(string goal, string verb, string obj, string clarifier)
    {
        var phrase = JobPhraseNormaliser.Normalise(goal);
        Assert.NotNull(phrase);
        Assert.Equal((verb, obj, clarifier), (phrase.Verb, phrase.Object, phrase.Clarifier));
    }
}
