using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class OfflineAnnotatorTests
{
    private static EvidenceRecord Record(string text, double? rating = null) =>
        new()
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("t.csv", 2),
            Channel = Channel.Social,
            Text = text,
            Rating = rating,
        };

    [Fact]
    public void Annotate_Complaint_FillsEveryLabelWithCues()
    {
        const string text =
            "@united on hold for 2 hours and my bag never arrived. 3rd time I've called, so frustrating";
        var mention = new TouchpointMention(
            "baggage",
            0.9,
            text.IndexOf("bag", StringComparison.Ordinal),
            text.IndexOf("bag", StringComparison.Ordinal) + 3
        );
        var a = new OfflineAnnotator(new NoTouchpoints(mention)).Annotate(Record(text));

        Assert.Equal("e1", a.EvidenceId);
        Assert.Equal("baggage", a.PrimaryTouchpoint);
        Assert.Equal(SentimentLabel.Negative, a.SentimentLabel);
        Assert.True(a.Sentiment < -0.5);
        Assert.Contains(Emotion.Frustration, a.Emotions);
        Assert.Equal(Intent.Complaint, a.Intent);
        Assert.True(a.Effort);
        Assert.True(a.Failure);
        Assert.Equal("offline", a.Provenance);
        Assert.Contains(a.Cues, c => c.Label == "touchpoint:baggage" && text[c.Start..c.End] == "bag");
        Assert.Contains(a.Cues, c => c.Label == "pain:long-wait");
        Assert.Contains(a.Cues, c => c.Label == "pain:repeat-contact");
        Assert.Contains(a.Cues, c => c.Label == "emotion:frustration");
        Assert.Contains(a.Cues, c => c.Label == "intent:complaint");
        Assert.All(a.Cues, c => Assert.InRange(c.Start, 0, c.End));
        Assert.All(a.Cues, c => Assert.InRange(c.End, c.Start, text.Length));
    }

    [Fact]
    public void Annotate_SupportRequest_HasJobCue()
    {
        const string text = "I'd like to delete my account";
        var a = new OfflineAnnotator(new NoTouchpoints()).Annotate(Record(text));
        Assert.Equal(JobStateEvent.Cancel, a.JobState);
        var cue = Assert.Single(a.Cues, c => c.Label == "job:cancel");
        Assert.Equal("delete my account", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Annotate_CueLessText_HasLowConfidence()
    {
        var annotator = new OfflineAnnotator(new NoTouchpoints());
        var vague = annotator.Annotate(Record("ok"));
        var clear = annotator.Annotate(Record("Absolutely love this store, the staff are amazing!"));
        Assert.True(vague.Confidence < 0.5);
        Assert.True(clear.Confidence > vague.Confidence);
    }

    [Fact]
    public void Annotate_ParallelRecords_MatchSequentialResults()
    {
        var annotator = new OfflineAnnotator(new NoTouchpoints());
        var texts = DevSet.Load("dev").Select(i => i.Text).ToArray();
        var records = Enumerable.Range(0, 20_000).Select(i => Record(texts[i % texts.Length])).ToArray();
        var sequential = records.Take(texts.Length).Select(r => annotator.Annotate(r).Sentiment).ToArray();
        var results = new Core.Annotations.Annotation[records.Length];
        Parallel.For(0, records.Length, i => results[i] = annotator.Annotate(records[i]));
        for (var i = 0; i < records.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Length], results[i].Sentiment);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(":")]
    [InlineData("🙂")]
    public void Annotate_DegenerateText_ReturnsLowConfidenceWithoutThrowing(string text)
    {
        var a = new OfflineAnnotator(new NoTouchpoints()).Annotate(Record(text));
        Assert.True(a.Confidence <= 0.35);
        Assert.All(a.Cues, c => Assert.InRange(c.End, c.Start, text.Length));
    }

    [Fact]
    public void Annotate_CsatWithoutRating_ActsAsRating()
    {
        var record = Record("The parcel came on Monday.") with { Csat = 1 };
        Assert.Equal(
            SentimentLabel.Negative,
            new OfflineAnnotator(new NoTouchpoints()).Annotate(record).SentimentLabel
        );
    }

    [Fact]
    public void Ctor_NullMatcher_Throws() => Assert.Throws<ArgumentNullException>(() => new OfflineAnnotator(null!));
}
