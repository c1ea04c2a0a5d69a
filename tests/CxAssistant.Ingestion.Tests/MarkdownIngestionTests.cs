using CxAssistant.Core.Evidence;
using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class MarkdownIngestionTests
{
    [Fact]
    public void Load_AnalyticsSummary_FrontMatterAndTableRows()
    {
        var records = Load("analytics_summary.md").Records;

        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(Channel.Analytics, r.Channel));
        Assert.All(records, r => Assert.Equal("2024-Q1", r.Metadata["period"]));
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), records[0].Timestamp);
        Assert.Equal("Checkout abandonment rose after the redesign.", records[0].Text);
        Assert.Equal("Web analytics Q1", records[0].Metadata["section"]);
        var payment = records[2];
        Assert.Equal("Step: Payment; Visitors: 8800; Drop-off: 31%", payment.Text);
        Assert.Equal("31%", payment.Metadata["Drop-off"]);
        Assert.Equal("Web analytics Q1 > Funnel", payment.Metadata["section"]);
        Assert.Equal(15, payment.Source.Line);
    }

    [Fact]
    public void Load_SalesNotes_ListItemsUnderHeadingsWithCustomer()
    {
        var records = Load("sales_notes_acme.md").Records;

        Assert.Equal(
            [
                "Reporting is too slow for their finance team",
                "They need SSO",
                "Okta specifically",
                "Send a proposal by Friday.",
            ],
            records.Select(r => r.Text)
        );
        Assert.All(records, r => Assert.Equal(Channel.SalesNote, r.Channel));
        Assert.All(records, r => Assert.Equal("ACME-7", r.CustomerId));
        Assert.Equal("Call with Acme > Pain points", records[0].Metadata["section"]);
        Assert.Equal("enterprise", records[0].Metadata["segment"]);
        Assert.Equal(9, records[0].Source.Line);
    }
}
