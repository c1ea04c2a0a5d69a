using CxAssistant.Core.Evidence;
using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class CsvIngestionTests
{
    [Fact]
    public void Load_Utf8BomSurvey_MapsColumnsAndKeepsMetadata()
    {
        var result = Load("survey_utf8_bom.csv");

        var first = result.Records[0];
        Assert.Equal("R-1", first.RecordId);
        Assert.Equal("Delivery was fast and the café loved it", first.Text);
        Assert.Equal(9, first.Nps);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), first.Timestamp);
        Assert.Equal("Pro", first.Metadata["Plan"]);
        Assert.Equal(Channel.Survey, first.Channel);
        Assert.Equal(2, first.Source.Line);
        var mapping = Assert.Single(result.Sources).ColumnMapping;
        Assert.Equal("ResponseID", mapping[ColumnRoles.Id]);
        Assert.Equal("Comment", mapping[ColumnRoles.Text]);
        Assert.Equal("How likely are you to recommend us?", mapping[ColumnRoles.Nps]);
        Assert.Equal("Submitted", mapping[ColumnRoles.Time]);
    }

    [Fact]
    public void Load_QuotedNewlines_LineIsWhereRowStarts()
    {
        var records = Load("quoted_newlines.csv").Records;

        Assert.Equal([2, 5, 6], records.Select(r => r.Source.Line));
        Assert.Equal("First line\nsecond line\nthird line", records[0].Text);
        Assert.Equal("Another \"quoted\"\nmultiline", records[2].Text);
    }

    [Fact]
    public void Load_BlankRowsAndScoreOnlyRows_BlankSkippedScoreOnlyKeptWithEmptyText()
    {
        var result = Load("blank_rows.csv");

        Assert.Equal(["Great service", "", "Slow delivery"], result.Records.Select(r => r.Text));
        Assert.Equal([2, 5, 6], result.Records.Select(r => r.Source.Line));
        Assert.Equal(4, result.Records[1].Rating);
        Assert.Empty(result.Skipped);
        Assert.Equal(0, Assert.Single(result.Sources).Skipped);
    }

    [Fact]
    public void Load_SemicolonGermanExport_DetectsSeparatorColumnsAndDottedDates()
    {
        var result = Load("semicolon.csv");

        var first = result.Records[0];
        Assert.Equal("Lieferung kam zu spät", first.Text);
        Assert.Equal(2, first.Rating);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), first.Timestamp);
        Assert.Equal("Nord", first.Metadata["Region"]);
        Assert.Equal("csv", result.Sources[0].Format);
    }

    [Fact]
    public void Load_DuplicateAndPaddedHeaders_TrimmedAndDisambiguated()
    {
        using var folder = NewTempFolder();
        var file = folder.File("dup.csv", " comment ,note,note,\nthe app is slow,a,b,c\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        var record = Assert.Single(result.Records);
        Assert.Equal("comment", result.Sources[0].ColumnMapping[ColumnRoles.Text]);
        Assert.Equal("a", record.Metadata["note"]);
        Assert.Equal("b", record.Metadata["note_2"]);
        Assert.Equal("c", record.Metadata["column_4"]);
    }

    [Fact]
    public void Load_TabSeparatedWithSepHint_Read()
    {
        using var folder = NewTempFolder();
        var tsv = folder.File("export.tsv", "id\tcomment\n7\tshipping, again, was late\n");
        var hinted = folder.File("excel.csv", "sep=|\nid|comment\n8|fine, thanks\n");

        var result = new EvidenceLoader().Load([tsv, hinted], IngestOptions.Default);

        Assert.Equal(["shipping, again, was late", "fine, thanks"], result.Records.Select(r => r.Text));
        Assert.Equal(["7", "8"], result.Records.Select(r => r.RecordId));
        Assert.Equal(3, result.Records[1].Source.Line);
        Assert.Equal(["tsv", "csv"], result.Sources.Select(s => s.Format));
    }

    [Fact]
    public void Load_HeaderOnly_SkippedAsNoDataRows()
    {
        using var folder = NewTempFolder();
        var file = folder.File("header.csv", "id,comment\n");

        Assert.Equal(
            "no data rows",
            Assert.Single(new EvidenceLoader().Load([file], IngestOptions.Default).Skipped).Reason
        );
    }

    [Fact]
    public void Load_StrayQuote_RowKeptAndQuotingReported()
    {
        using var folder = NewTempFolder();
        var file = folder.File("stray.csv", "id,comment\n1,\"fine\"x\n2,also fine\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(2, result.Records.Count);
        var note = Assert.Single(result.Skipped);
        Assert.Equal(2, note.Line);
        Assert.StartsWith("malformed quoting", note.Reason);
    }

    [Fact]
    public void Load_NoTextColumn_FileSkippedListingColumns()
    {
        var skipped = Assert.Single(Load("no_text_column.csv").Skipped);

        Assert.Equal("no text column found; columns are: id, score, region; use --text-column", skipped.Reason);
    }

    [Fact]
    public void Load_OverrideNamesMissingColumn_ErrorNamesFileAndColumns()
    {
        var skipped = Assert.Single(
            Load("blank_rows.csv", IngestOptions.Default with { TextColumn = "feedback" }).Skipped
        );

        Assert.Contains("'feedback'", skipped.Reason);
        Assert.Contains("blank_rows.csv", skipped.Reason);
        Assert.Contains("columns are: id, comment, rating", skipped.Reason);
    }

    [Fact]
    public void Load_OverrideIgnoringCaseAndPunctuation_Applies()
    {
        var result = Load(
            "semicolon.csv",
            IngestOptions.Default with
            {
                TextColumn = "region",
                RatingColumn = "BEWERTUNG",
            }
        );

        Assert.Equal("Nord", result.Records[0].Text);
        Assert.Equal("Lieferung kam zu spät", result.Records[0].Metadata["Kommentar"]);
        Assert.Equal("Bewertung", result.Sources[0].ColumnMapping[ColumnRoles.Rating]);
    }

    [Fact]
    public void Load_ChannelOptionNotAChannelName_IsUsedAsColumn()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "feedback.csv",
            "comment,where\nslow reply,twitter\nnice staff,Trustpilot\nok,carrier pigeon\n"
        );

        var records = new EvidenceLoader().Load([file], IngestOptions.Default with { Channel = "where" }).Records;

        Assert.Equal([Channel.Social, Channel.Review, Channel.Other], records.Select(r => r.Channel));
        Assert.Equal("carrier pigeon", records[2].Metadata["where"]);
    }

    [Fact]
    public void Load_ChannelOptionNeitherChannelNorColumn_SkipsFileSayingSo()
    {
        var skipped = Assert.Single(Load("blank_rows.csv", IngestOptions.Default with { Channel = "pigeon" }).Skipped);

        Assert.Contains("--channel", skipped.Reason);
        Assert.Contains("not a known channel name", skipped.Reason);
    }

    [Fact]
    public void Load_UnparseableNps_KeepsRowWithoutValueAndNotesIt()
    {
        using var folder = NewTempFolder();
        var file = folder.File("nps.csv", "comment,nps\ngood,9\nbad,eleven\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal([9, null], result.Records.Select(r => r.Nps));
        var note = Assert.Single(result.Skipped);
        Assert.Equal(3, note.Line);
        Assert.Contains("'eleven'", note.Reason);
    }
}
