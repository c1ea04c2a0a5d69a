using System.Text;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Reports.Tests;

public sealed class ActionabilitySectionTests
{
    [Fact]
    public void Write_Sample_CountsAndListMatchTheRule()
    {
        var analysis = SampleRuns.Trailhead;
        var actions = ActionabilitySection.Read(analysis);
        var reply = ActionabilitySection.NeedsReply(analysis, actions);
        var sb = new StringBuilder();

        ActionabilitySection.Write(sb, analysis);
        var text = sb.ToString();

        Assert.NotEmpty(reply);
        Assert.StartsWith(
            $"## Follow-up: what needs a reply\n\n{reply.Count} customer records need a reply",
            text.Replace("\r", "")
        );
        var listed = text.Split('\n')
            .Count(l =>
                l.StartsWith("- 20", StringComparison.Ordinal)
                || l.StartsWith("- ", StringComparison.Ordinal) && l.Contains(" — _")
            );
        Assert.Equal(Math.Min(reply.Count, ActionabilitySection.MaxListed), listed);
        // Newest first, every one really needs a reply.
        Assert.All(reply, i => Assert.Equal(Actionability.NeedsReply, actions[i].Kind));
        var dates = reply.Select(i => analysis.Records[i].Timestamp ?? DateTimeOffset.MinValue).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Write_FollowUpCsv_OneRowPerRecordNeedingAReplyWithItsSpan()
    {
        var analysis = SampleRuns.Bloom;
        var actions = ActionabilitySection.Read(analysis);
        var reply = ActionabilitySection.NeedsReply(analysis, actions);
        using var writer = new StringWriter();

        FollowUpCsv.Write(writer, analysis);

        using var reader = CsvHelper.CsvReader.FromText(writer.ToString(), null);
        Assert.Equal(FollowUpCsv.Header, reader.Headers);
        var k = 0;
        while (reader.Read())
        {
            var (r, a) = (analysis.Records[reply[k]], actions[reply[k]]);
            Assert.Equal(r.Text[a.Start..a.End], Unguarded(reader.GetString("quote")));
            Assert.Equal(a.Reason, reader.GetString("reason"));
            k++;
        }
        Assert.Equal(reply.Count, k);
    }

    // The CSV guards formula-like text with a leading apostrophe; strip it to compare with the record.
    private static string Unguarded(string value) => value.StartsWith('\'') ? value[1..] : value;
}
