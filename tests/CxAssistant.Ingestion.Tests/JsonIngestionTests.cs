using CxAssistant.Core.Evidence;
using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class JsonIngestionTests
{
    [Fact]
    public void Load_ObjectWithRecordArray_FlattensNestedKeysAndKeepsLines()
    {
        var result = Load("reviews.json");

        Assert.Equal(2, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal("A1", first.RecordId);
        Assert.Equal("The parcel arrived damaged and nobody answered my email", first.Text);
        Assert.Equal(1, first.Rating);
        Assert.Equal("Kim", first.CustomerId);
        Assert.Equal("NL", first.Metadata["author.country"]);
        Assert.Equal(Channel.Review, first.Channel);
        Assert.Equal(4, first.Source.Line);
        Assert.Equal(10, result.Records[1].Source.Line);
        Assert.Equal("delivery; packaging", result.Records[1].Metadata["tags"]);
        Assert.Equal("body", result.Sources[0].ColumnMapping["text"]);
    }

    [Fact]
    public void Load_MalformedJson_SkippedWithLineAndPosition()
    {
        var skipped = Assert.Single(Load("bad.json").Skipped);

        Assert.Equal(4, skipped.Line);
        Assert.StartsWith("invalid JSON at line 4, position", skipped.Reason);
    }

    [Fact]
    public void Load_JsonLinesWithOneBadLine_KeepsOthersAndReportsTheLine()
    {
        var result = Load("tweets.jsonl");

        Assert.Equal(["t1", "t3"], result.Records.Select(r => r.RecordId));
        Assert.Equal([1, 4], result.Records.Select(r => r.Source.Line));
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 11, 30, 0, TimeSpan.Zero), result.Records[1].Timestamp);
        var bad = Assert.Single(result.Skipped);
        Assert.Equal(2, bad.Line);
        Assert.StartsWith("invalid JSON", bad.Reason);
        Assert.Equal(Channel.Social, result.Records[0].Channel);
    }

    [Fact]
    public void Load_RecordsTwoLevelsDown_FoundWithLines()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "api.json",
            "{\"meta\": {\"page\": 1},\n \"data\": {\"items\": [\n  {\"message\": "
                + "\"card declined twice\", \"csat\": 2},\n  {\"message\": \"quick "
                + "fix\", \"csat\": 5}\n ]}}"
        );

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.Equal(["card declined twice", "quick fix"], records.Select(r => r.Text));
        Assert.Equal([3, 4], records.Select(r => r.Source.Line));
        Assert.Equal([2.0, 5.0], records.Select(r => r.Csat!.Value));
        Assert.Equal(Channel.Survey, records[0].Channel);
    }

    [Fact]
    public void Load_TopLevelArrayOfStrings_EachStringIsARecord()
    {
        using var folder = NewTempFolder();
        var file = folder.File("comments.json", "[\"too slow\",\n \"very kind staff\"]");

        var records = new EvidenceLoader().Load([file], IngestOptions.Default).Records;

        Assert.Equal(["too slow", "very kind staff"], records.Select(r => r.Text));
        Assert.Equal([1, 2], records.Select(r => r.Source.Line));
    }

    [Fact]
    public void Load_JsonFileHoldingJsonLines_ReadAsLines()
    {
        using var folder = NewTempFolder();
        var file = folder.File("export.json", "{\"comment\":\"one\"}\n{\"comment\":\"two\"}\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(["one", "two"], result.Records.Select(r => r.Text));
        Assert.Equal("jsonl", result.Sources[0].Format);
    }
}
