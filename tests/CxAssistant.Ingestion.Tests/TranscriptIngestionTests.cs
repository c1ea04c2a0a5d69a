using CxAssistant.Core.Evidence;
using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class TranscriptIngestionTests
{
    [Fact]
    public void Load_ChatTranscriptWithHeader_TurnsWithSpeakersCustomerAndDate()
    {
        var result = Load("transcripts/chat_2024-03-05.txt");

        var records = result.Records;
        Assert.Equal(["Agent", "Customer", "Agent", "Customer"], records.Select(r => r.Speaker));
        Assert.Equal("My order still has not arrived.\nIt was due last Friday.", records[1].Text);
        Assert.Equal("chat_2024-03-05.txt#2", records[1].RecordId);
        Assert.Equal(7, records[1].Source.Line);
        Assert.All(records, r => Assert.Equal("C-1042", r.CustomerId));
        Assert.All(records, r => Assert.Equal(Channel.Chat, r.Channel));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 10, 0, TimeSpan.Zero), records[0].Timestamp);
        Assert.Equal("14:10:30", records[1].Metadata["time"]);
        Assert.Equal("5531", records[1].Metadata["ticket"]);
        Assert.True(records[0].IsBusinessSpeaker);
        Assert.Equal("transcript", result.Sources[0].Format);
    }

    [Fact]
    public void Load_CallTranscript_CustomerFromFileNameAndSupportCallChannel()
    {
        var records = Load("transcripts/call_C-2077.txt").Records;

        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal("C-2077", r.CustomerId));
        Assert.All(records, r => Assert.Equal(Channel.SupportCall, r.Channel));
        Assert.Equal("Hi, I was charged twice for my subscription.", records[1].Text);
        Assert.Null(records[0].Timestamp);
    }

    [Theory]
    [InlineData("**Agent:** Hello there", "Agent", "Hello there", null)]
    [InlineData("10:32 AM - Sam: where is my parcel", "Sam", "where is my parcel", "10:32 AM")]
    [InlineData("05/03/2024, 14:10 - Sam: hi", "Sam", "hi", "05/03/2024, 14:10")]
    [InlineData("Customer (Jane): I was double charged", "Customer (Jane)", "I was double charged", null)]
    public void SpeakerTurn_CommonExportFormats_Parsed(string line, string speaker, string text, string? time)
    {
        Assert.True(SpeakerTurn.TryParse(line, out var turn));
        Assert.Equal(speaker, turn.Speaker);
        Assert.Equal(text, turn.Text);
        Assert.Equal(time, turn.Time);
    }

    [Theory]
    [InlineData("see https://example.com")]
    [InlineData("https://example.com/help")]
    [InlineData("The thing we discussed at length with the whole team: pricing")]
    public void SpeakerTurn_NotATurn_Rejected(string line) => Assert.False(SpeakerTurn.TryParse(line, out _));

    [Fact]
    public void Load_TextWithoutTurns_OneRecordPerParagraph()
    {
        var result = Load("transcripts/notes_paragraphs.txt");

        Assert.Equal(3, result.Records.Count);
        Assert.Equal(
            "The onboarding call went well overall.\nThe customer liked the dashboard.",
            result.Records[0].Text
        );
        Assert.Equal([1, 4, 7], result.Records.Select(r => r.Source.Line));
        Assert.All(result.Records, r => Assert.Null(r.Speaker));
        Assert.All(result.Records, r => Assert.Equal(Channel.Other, r.Channel));
        Assert.Equal("1", result.Records[0].RecordId);
    }

    [Fact]
    public void Load_TextWithoutBlankLines_OneRecordPerLine()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "comments.txt",
            "Too expensive for what it is\nGreat staff in the Leeds store\nApp logs me out every day\n"
        );

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.Equal(3, records.Count);
        Assert.Equal("App logs me out every day", records[2].Text);
    }

    [Fact]
    public void Load_SingleColonLineInProse_NotTreatedAsTranscript()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "memo.txt",
            "Summary: the launch slipped.\n\nWe will retry next week with the vendor.\n"
        );

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.All(records, r => Assert.Null(r.Speaker));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Load_EmailSavedAsText_NotATranscript()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "complaint_email.txt",
            "From: jane@example.com\nTo: support@shop.test\nSubject: Late "
                + "order\n\nMy order is late again.\nPlease refund the "
                + "shipping.\n\nJane\n"
        );

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.Equal(["My order is late again.\nPlease refund the shipping.", "Jane"], records.Select(r => r.Text));
        Assert.All(records, r => Assert.Equal(Channel.Email, r.Channel));
        Assert.Equal("Late order", records[0].Metadata["subject"]);
        Assert.Equal("jane@example.com", records[0].Metadata["from"]);
    }

    [Fact]
    public void Load_VttWithVoices_MergesSameSpeakerCuesAndReadsPrefixes()
    {
        var result = Load("meeting_customer-C-3001_2024-04-02.vtt");

        var records = result.Records;
        Assert.Equal(["Agent Maria", "Dana", "Agent Maria"], records.Select(r => r.Speaker));
        Assert.Equal("Honestly the setup was confusing. We needed three calls & a workaround.", records[1].Text);
        Assert.Equal("00:00:04.500", records[1].Metadata["start"]);
        Assert.Equal("00:00:09.000", records[1].Metadata["end"]);
        Assert.Equal("I will send you the new guide.", records[2].Text);
        Assert.All(records, r => Assert.Equal("C-3001", r.CustomerId));
        Assert.All(records, r => Assert.Equal(Channel.SupportCall, r.Channel));
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 0, 0, 0, TimeSpan.Zero), records[0].Timestamp);
        Assert.Equal(6, records[0].Source.Line); // the cue's timing line
        Assert.EndsWith(".vtt#2", records[1].RecordId);
    }

    [Fact]
    public void Load_VttWithoutHeader_Skipped()
    {
        using var folder = NewTempFolder();
        var file = folder.File("bad.vtt", "00:00:01.000 --> 00:00:02.000\nhello\n");

        var skipped = Assert.Single(new EvidenceLoader().Load([file], IngestOptions.Default).Skipped);

        Assert.Contains("WEBVTT", skipped.Reason);
        Assert.Equal(1, skipped.Line);
    }
}
