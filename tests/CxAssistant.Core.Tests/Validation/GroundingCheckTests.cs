using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Validation;

public sealed class GroundingCheckTests
{
    private static readonly EvidenceRecord Record = new()
    {
        Id = "e1",
        RecordId = "1",
        Text = "The courier left it in the rain.",
        Source = new SourceLocation("f.csv", 2),
        Channel = Channel.Review,
    };

    private static readonly IReadOnlyDictionary<string, EvidenceRecord> Evidence = GroundingCheck.Index([Record]);

    [Fact]
    public void Check_VerbatimSpan_NoFindings() =>
        Assert.Empty(GroundingCheck.Check([EvidenceQuote.Of(Record, 4, 11)], Evidence));

    [Fact]
    public void Check_ParaphrasedText_IsFound()
    {
        var finding = Assert.Single(GroundingCheck.Check([new EvidenceQuote("e1", 4, 11, "driver")], Evidence));
        Assert.Contains("not the text at [4, 11)", finding.Message);
    }

    [Fact]
    public void Check_UnknownEvidenceOrSpanOutside_AreFound()
    {
        var findings = GroundingCheck.Check(
            [new EvidenceQuote("nope", 0, 3, "The"), new EvidenceQuote("e1", 30, 99, "x")],
            Evidence
        );
        Assert.Equal(2, findings.Count);
        Assert.Contains("does not exist", findings[0].Message);
        Assert.Contains("outside evidence", findings[1].Message);
    }
}
