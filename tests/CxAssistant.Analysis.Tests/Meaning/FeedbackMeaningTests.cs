using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Tests.Annotators;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Meaning;

public sealed class FeedbackMeaningTests
{
    private static readonly OfflineAnnotator Rules = new(new NoTouchpoints());
    private static readonly OfflineAnnotator WithMeaning = new(new NoTouchpoints(), FeedbackMeaning.Shared);

    private static float[] Vector(string text) => MeaningEncoder.Embed([MeaningSpace.Readable(text)])[0];

    private static EvidenceRecord Record(string text) =>
        new()
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("t.csv", 2),
            Channel = Channel.Social,
            Text = text,
        };

    [Theory]
    [InlineData("two weeks since I sent the form and nothing")]
    [InlineData("third visit this month for the same fault")]
    public void Annotate_ComplaintWithoutSentimentWords_NegativeByMeaningWithItsCue(string text)
    {
        var rules = Rules.Annotate(Record(text));
        var read = WithMeaning.Annotate(Record(text), Vector(text));

        Assert.Equal(SentimentLabel.Neutral, rules.SentimentLabel);
        Assert.Equal(SentimentLabel.Negative, read.SentimentLabel);
        Assert.Contains(read.Cues, c => c.Label == "meaning:sentiment");
        Assert.Contains(read.Cues, c => c.Label == "sentiment:negative");
        Assert.True(read.Confidence < 0.5, $"a label by meaning alone is uncertain, got {read.Confidence}");
    }

    [Fact]
    public void Annotate_SentimentWordsPresent_MeaningDoesNotOverrule()
    {
        const string text = "the staff were lovely and the room was spotless";

        var rules = Rules.Annotate(Record(text));
        var read = WithMeaning.Annotate(Record(text), Vector(text));

        Assert.Equal(rules.SentimentLabel, read.SentimentLabel);
        Assert.Equal(rules.Sentiment, read.Sentiment);
        Assert.DoesNotContain(read.Cues, c => c.Label.StartsWith("meaning:", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_FactualStatement_StaysNeutral()
    {
        const string text = "I picked up the parcel from the post office on Tuesday";

        var read = WithMeaning.Annotate(Record(text), Vector(text));

        Assert.Equal(SentimentLabel.Neutral, read.SentimentLabel);
    }

    [Fact]
    public void Annotate_RequestNoCuePhraseNames_JobStateByMeaningOnTheRequestWords()
    {
        const string text = "please put my membership on hold for the summer";

        var rules = Rules.Annotate(Record(text));
        var read = WithMeaning.Annotate(Record(text), Vector(text));

        Assert.Equal(JobStateEvent.None, rules.JobState);
        Assert.Equal(JobStateEvent.Cancel, read.JobState);
        var cue = Assert.Single(read.Cues, c => c.Label == "meaning:job");
        Assert.Equal("please", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Annotate_QuestionWithoutMark_AsksForInformation()
    {
        const string text = "will my warranty cover the screen after two years";

        var read = Rules.Annotate(Record(text));

        Assert.Equal(JobStateEvent.Information, read.JobState);
        var cue = Assert.Single(read.Cues, c => c.Label == "job:information");
        Assert.Equal("will my", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Job_StolenCard_IsABlocker()
    {
        var vote = FeedbackMeaning.Shared.Job(Vector("someone took my wallet with the debit card in it"));

        Assert.NotNull(vote);
        Assert.Equal("blocker", vote.Label);
        Assert.True(vote.Margin > 0);
    }

    [Fact]
    public void Sentiment_ZeroVector_NoVote()
    {
        Assert.Null(FeedbackMeaning.Shared.Sentiment(new float[384]));
    }

    [Fact]
    public void Parse_SectionMissing_SaysWhich()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            FeedbackMeaning.Parse("sentiment:\n  positive: [good]\n")
        );

        Assert.Contains("'job'", error.Message, StringComparison.Ordinal);
    }
}
