using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Tests.Annotations;

public sealed class ActionabilityRuleTests
{
    private static RecordAction Read(
        string text,
        Intent intent,
        string cueLabel,
        string cueWord,
        JobStateEvent job = JobStateEvent.None,
        SentimentLabel sentiment = SentimentLabel.Negative,
        string? speaker = null,
        Channel channel = Channel.Review
    )
    {
        var record = new EvidenceRecord
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("t.csv", 2),
            Channel = channel,
            Text = text,
            Speaker = speaker,
        };
        var at = text.IndexOf(cueWord, StringComparison.Ordinal);
        var annotation = new Annotation
        {
            EvidenceId = "e1",
            Intent = intent,
            JobState = job,
            SentimentLabel = sentiment,
            Cues = [new Cue(cueLabel, at, at + cueWord.Length)],
        };
        return ActionabilityRule.Read(record, annotation);
    }

    [Fact]
    public void Read_QuestionWithQuestionMark_NeedsReplyWithItsSentence()
    {
        const string text = "Loved the tent. Where is my refund? It has been weeks.";

        var action = Read(text, Intent.Question, "intent:question", "Where");

        Assert.Equal(Actionability.NeedsReply, action.Kind);
        Assert.Equal("Where is my refund?", text[action.Start..action.End]);
    }

    [Fact]
    public void Read_QuestionWordMidSentenceWithoutMark_NothingToDo() =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read(
                "Starting to plan around your delivery times, which is sad.",
                Intent.Question,
                "intent:question",
                "which"
            ).Kind
        );

    [Fact]
    public void Read_QuestionWordOpeningTheSentence_NeedsReply() =>
        Assert.Equal(
            Actionability.NeedsReply,
            Read("How do I return a jacket that never fit", Intent.Question, "intent:question", "How").Kind
        );

    [Fact]
    public void Read_NegativeComplaintBlocked_NeedsReply()
    {
        var action = Read(
            "I can't log in. The reset link has expired every time.",
            Intent.Complaint,
            "job:blocker",
            "can't log in",
            JobStateEvent.Blocker
        );

        Assert.Equal((Actionability.NeedsReply, "complaint, blocked"), (action.Kind, action.Reason));
    }

    [Fact]
    public void Read_ComplaintNotNegative_NothingToDo() =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read(
                "Arrived faster than promised!",
                Intent.Complaint,
                "pain:broken-promise",
                "promised",
                sentiment: SentimentLabel.Positive
            ).Kind
        );

    [Fact]
    public void Read_ComplaintWithoutUnresolvedPain_NothingToDo() =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read("Too expensive for what it is.", Intent.Complaint, "pain:price", "expensive").Kind
        );

    [Fact]
    public void Read_ComplaintNoUpdate_NeedsReplyNamingThePain() =>
        Assert.Equal(
            "complaint, " + PainNames.Of(PainKind.NoUpdate),
            Read("Nobody told me anything for two weeks.", Intent.Complaint, "pain:no-update", "Nobody told me").Reason
        );

    [Fact]
    public void Read_Suggestion_SuggestionEvenInATranscript() =>
        Assert.Equal(
            Actionability.Suggestion,
            Read(
                "You could add a size chart.",
                Intent.Suggestion,
                "intent:suggestion",
                "could add",
                speaker: "customer"
            ).Kind
        );

    [Fact]
    public void Read_TranscriptTurnQuestion_NothingToDo() =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read("Where is my refund?", Intent.Question, "intent:question", "Where", speaker: "customer").Kind
        );

    [Theory]
    [InlineData(Channel.Analytics, null)]
    [InlineData(Channel.Chat, "agent")]
    public void Read_NotTheCustomersVoice_NothingToDo(Channel channel, string? speaker) =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read(
                "Where is my refund?",
                Intent.Question,
                "intent:question",
                "Where",
                speaker: speaker,
                channel: channel
            ).Kind
        );

    [Fact]
    public void Read_HelpRequestButDone_NothingToDo() =>
        Assert.Equal(
            Actionability.NothingToDo,
            Read(
                "Please help, sorted now thanks",
                Intent.HelpRequest,
                "intent:help-request",
                "Please help",
                JobStateEvent.Done
            ).Kind
        );
}
