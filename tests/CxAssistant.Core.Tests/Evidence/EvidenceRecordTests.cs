using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Tests.Evidence;

public sealed class EvidenceRecordTests
{
    private static EvidenceRecord Record(Channel channel, string? speaker) =>
        new()
        {
            Id = "e",
            RecordId = "1",
            Text = "text",
            Source = new SourceLocation("f", 1),
            Channel = channel,
            Speaker = speaker,
        };

    [Theory]
    [InlineData(Channel.Survey, null, true)]
    [InlineData(Channel.SupportCall, "Customer", true)]
    [InlineData(Channel.SupportCall, "Agent", false)]
    [InlineData(Channel.Chat, "Support team", false)]
    [InlineData(Channel.Analytics, null, false)]
    [InlineData(Channel.SalesNote, null, true)]
    public void IsCustomerVoice_BySpeakerAndChannel(Channel channel, string? speaker, bool expected) =>
        Assert.Equal(expected, Record(channel, speaker).IsCustomerVoice);
}
