using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class ColumnDetectorTests
{
    [Fact]
    public void Detect_ScoreColumnWithinOneToFive_IsRating()
    {
        var result = Load("shapes_rating.csv");

        Assert.Equal("score", result.Sources[0].ColumnMapping[ColumnRoles.Rating]);
        Assert.Equal([4.0, 2, 5, 1], result.Records.Select(r => r.Rating!.Value));
        Assert.All(result.Records, r => Assert.Null(r.Nps));
    }

    [Fact]
    public void Detect_ScoreColumnUpToTen_IsNps()
    {
        var result = Load("shapes_nps.csv");

        Assert.Equal("score", result.Sources[0].ColumnMapping[ColumnRoles.Nps]);
        Assert.Equal([9, 2, 10, 6], result.Records.Select(r => r.Nps!.Value));
        Assert.All(result.Records, r => Assert.Null(r.Rating));
    }

    [Fact]
    public void Detect_SupportExportWithAgentResponse_CustomerRequestIsTheText()
    {
        // "response" (the agent's reply) is longer, but "instruction" can only be what the customer wrote.
        var result = Load("support_intents.csv");

        Assert.Equal("instruction", result.Sources[0].ColumnMapping[ColumnRoles.Text]);
        Assert.Equal("i want to cancel my order", result.Records[0].Text);
        Assert.StartsWith("I understand", result.Records[0].Metadata["response"], StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ProductReviewExport_OverallIsTheRatingAndVotePairsAreNotScores()
    {
        var result = Load("amazon_style.jsonl");

        var mapping = result.Sources[0].ColumnMapping;
        Assert.Equal("reviewText", mapping[ColumnRoles.Text]);
        Assert.Equal("overall", mapping[ColumnRoles.Rating]);
        Assert.Equal("reviewerID", mapping[ColumnRoles.Customer]);
        Assert.False(mapping.ContainsKey(ColumnRoles.Nps));
        Assert.Equal([5.0, 3, 1], result.Records.Select(r => r.Rating!.Value));
        Assert.All(result.Records, r => Assert.Null(r.Nps));
    }

    [Fact]
    public void Detect_UnnamedColumns_ByValueShape()
    {
        var result = Load("shapes_unnamed.csv");

        var mapping = result.Sources[0].ColumnMapping;
        Assert.Equal("remarks_free", mapping[ColumnRoles.Text]);
        Assert.Equal("q1", mapping[ColumnRoles.Nps]);
        Assert.False(mapping.ContainsKey(ColumnRoles.Rating));
        Assert.Equal("4", result.Records[0].Metadata["q2"]);
    }

    [Fact]
    public void Load_QualtricsExport_DropsExtraHeaderRowsAndUsesQuestionTexts()
    {
        var result = Load("qualtrics_export.csv");

        Assert.Equal(["R_abc1", "R_abc2"], result.Records.Select(r => r.RecordId));
        Assert.Equal([9, 4], result.Records.Select(r => r.Nps!.Value));
        Assert.Equal("The onboarding call made everything clear", result.Records[0].Text);
        Assert.Equal(4, result.Records[0].Source.Line);
        var mapping = result.Sources[0].ColumnMapping;
        Assert.Equal("Q1", mapping[ColumnRoles.Nps]);
        Assert.Equal("Q2", mapping[ColumnRoles.Text]);
        Assert.Equal("StartDate", mapping[ColumnRoles.Time]);
        Assert.Equal("Promoter", result.Records[0].Metadata["Q1_NPS_GROUP"]);
    }

    [Fact]
    public void Detect_TextByShape_PrefersLongVariedColumn()
    {
        var table = Table(
            ["code", "what_happened", "tier"],
            ["A1", "The courier left the box in the rain", "gold"],
            ["A2", "Could not find the returns form anywhere", "gold"],
            ["A3", "Chat agent was quick and friendly", "silver"]
        );

        var detected = ColumnDetector.Detect(table, IngestOptions.Default, "x.csv");

        Assert.Equal(1, detected[ColumnRoles.Text]);
    }

    [Fact]
    public void Detect_DayFirstSlashedDates_ParsedDayFirst()
    {
        using var folder = NewTempFolder();
        var file = folder.File("d.csv", "date,comment\n03/04/2024,first one here\n13/04/2024,second one here\n");

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.Equal(new DateTimeOffset(2024, 4, 3, 0, 0, 0, TimeSpan.Zero), records[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2024, 4, 13, 0, 0, 0, TimeSpan.Zero), records[1].Timestamp);
    }

    [Fact]
    public void Detect_CustomerAndChannelColumnsByName()
    {
        var table = Table(["Customer ID", "Feedback", "Source"], ["C-1", "Helpful team on the phone", "phone"]);

        var detected = ColumnDetector.Detect(table, IngestOptions.Default, "x.csv");

        Assert.Equal(0, detected[ColumnRoles.Customer]);
        Assert.Equal(1, detected[ColumnRoles.Text]);
        Assert.Equal(2, detected[ColumnRoles.Channel]);
    }

    [Fact]
    public void Detect_QuestionHeaders_CsatAndCes()
    {
        var table = Table(
            ["How satisfied were you overall?", "How easy was it to get help?", "Anything else?"],
            ["4", "6", "The agent knew the product well"],
            ["2", "3", "I had to repeat my order number three times"]
        );

        var detected = ColumnDetector.Detect(table, IngestOptions.Default, "x.csv");

        Assert.Equal(0, detected[ColumnRoles.Csat]);
        Assert.Equal(1, detected[ColumnRoles.Ces]);
        Assert.Equal(2, detected[ColumnRoles.Text]);
    }

    private static TabularData Table(string[] columns, params string[][] rows)
    {
        var table = new TabularData();
        foreach (var c in columns)
        {
            table.AddColumn(c);
        }
        for (var i = 0; i < rows.Length; i++)
        {
            table.Rows.Add(new TabularRow(i + 2, i + 1, rows[i]));
        }
        return table;
    }
}
