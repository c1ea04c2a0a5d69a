using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.JobStates;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.JobStates;

public sealed class JobStateQuotesTests
{
    private const string Text = "Ordered on Monday. Where is my parcel? Nobody answers the phone.";

    private static EvidenceRecord Record(string text = Text) =>
        new()
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("f.csv", 2),
            Channel = Channel.Email,
            Text = text,
        };

    [Fact]
    public void Quote_JobCue_QuotesItsSentence()
    {
        // "parcel" is at [31, 37); its sentence is "Where is my parcel?" = [19, 38).
        var annotation = new Annotation { EvidenceId = "e1", Cues = [new Cue("job:information", 31, 37)] };

        var quote = JobStateQuotes.Quote(Record(), annotation, "job:information", 180);

        Assert.NotNull(quote);
        Assert.Equal("Where is my parcel?", quote.Text);
        Assert.Equal((19, 38), (quote.Start, quote.End));
        Assert.Empty(GroundingCheck.Check([quote], GroundingCheck.Index([Record()])));
    }

    [Fact]
    public void Quote_NoJobCue_FallsBackToPainCue()
    {
        var annotation = new Annotation { EvidenceId = "e1", Cues = [new Cue("pain:unreachable", 39, 53)] };

        var quote = JobStateQuotes.Quote(Record(), annotation, "job:blocker", 180);

        Assert.Equal("Nobody answers the phone.", quote!.Text);
    }

    [Fact]
    public void Quote_LongSentence_CutAtSpaceAndStaysVerbatim()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60)) + " blocked here";
        var record = Record(text);
        var annotation = new Annotation
        {
            EvidenceId = "e1",
            Cues = [new Cue("job:blocker", text.Length - 12, text.Length)],
        };

        var quote = JobStateQuotes.Quote(record, annotation, "job:blocker", 40);

        Assert.NotNull(quote);
        Assert.True(quote.Text.Length <= 40);
        Assert.Contains("blocked", quote.Text, StringComparison.Ordinal);
        Assert.Empty(GroundingCheck.Check([quote], GroundingCheck.Index([record])));
    }

    [Fact]
    public void Quote_CueOutsideText_Ignored()
    {
        var annotation = new Annotation { EvidenceId = "e1", Cues = [new Cue("job:blocker", 500, 510)] };

        var quote = JobStateQuotes.Quote(Record(), annotation, "job:blocker", 180);

        Assert.Equal("Ordered on Monday.", quote!.Text);
    }

    [Fact]
    public void Quote_DecimalPoint_DoesNotEndTheSentence()
    {
        const string text = "Free shipping over $99. A $14.95 fee appeared at checkout. Annoying.";
        var record = Record(text);
        var fee = text.IndexOf("fee", StringComparison.Ordinal);
        var annotation = new Annotation { EvidenceId = "e1", Cues = [new Cue("pain:hidden-fee", fee, fee + 3)] };

        var quote = JobStateQuotes.Quote(record, annotation, "job:information", 180);

        Assert.Equal("A $14.95 fee appeared at checkout.", quote!.Text);
    }
}
