using System.Text;

namespace CxAssistant.Ingestion.Tests;

/// <summary>
/// Mixed encodings are decoded per line and flagged; binary is told from text by byte statistics; bad cue times and
/// unreadable folders are reported.
/// </summary>
public sealed class ContentDetectionTests
{
    [Fact]
    public void Load_RowsMixingUtf8AndLatin1_DecodesEachLineAndFlagsTheFile()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File(
            "mixed.csv",
            [
                .. Encoding.UTF8.GetBytes("id,comment\n1,Café très bon — merci\n"),
                .. Encoding.Latin1.GetBytes("2,Crème brûlée froide\n"),
            ]
        );

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(["Café très bon — merci", "Crème brûlée froide"], result.Records.Select(r => r.Text));
        var note = Assert.Single(result.Skipped);
        Assert.Equal(3, note.Line);
        Assert.StartsWith(
            "mixed encodings: 1 line(s) in UTF-8 (first: line 2) and 1 in Windows-1252/Latin-1 (first: line 3)",
            note.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_AllLatin1_IsDecodedWithoutANote()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File("latin.csv", Encoding.Latin1.GetBytes("id,comment\n1,Crème brûlée froide\n"));

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal("Crème brûlée froide", Assert.Single(result.Records).Text);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Check_RandomBytesWithoutNul_AreBinaryWithTheEvidence()
    {
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                bytes[i] = 7;
            }
        }

        var reason = BinaryContent.Check(bytes);

        Assert.NotNull(reason);
        Assert.Matches(@"^binary content: \d+\.\d % control bytes in the 8 KiB examined", reason);
    }

    [Fact]
    public void Check_TextWithAFewStrayControlCharacters_IsText()
    {
        Assert.Null(
            BinaryContent.Check(
                Encoding.UTF8.GetBytes("id,comment\n1,Refund \u0007took weeks\u001b[31m\n2,Fine\u0008\n")
            )
        );
        Assert.NotNull(BinaryContent.Check([0x41, 0x00, 0x42]));
    }

    [Fact]
    public void Load_VttWithGarbageTimings_KeepsTheTextAndReportsTheFirstBadLine()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File(
            "call.vtt",
            "WEBVTT\n\n1\nbanana --> 99:99:99\n<v Sam>My order never arrived\n\n"
                + "2\n00:00:10.000 --> 00:00:05.000\n<v Agent>Sorry about "
                + "that\n\n3\n00:11.000 --> 00:12.500\n<v Sam>Thanks\n"
        );

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(3, result.Records.Count);
        Assert.False(result.Records[0].Metadata.ContainsKey("start"));
        Assert.Equal("00:11.000", result.Records[2].Metadata["start"]);
        var note = Assert.Single(result.Skipped);
        Assert.Equal(4, note.Line);
        Assert.StartsWith(
            "2 cue timing(s) are not valid WebVTT times (first: 'banana --> 99:99:99'",
            note.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void InFolder_SubFolderThatCannotBeRead_IsReportedAndTheRestRead()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        folder.File("a.csv", "id,comment\n1,x\n");
        folder.File("locked/b.csv", "id,comment\n1,y\n");
        folder.File("open/c.csv", "id,comment\n1,z\n");
        var locked = Path.Combine(folder.Path, "locked");
        var skipped = new List<CxAssistant.Core.Evidence.SkippedInput>();

        // Root can read any folder, so the permission error is injected where the listing happens.
        var files = InputFileFinder.InFolder(folder.Path, "data", skipped, dir =>
            dir == locked
                ? throw new UnauthorizedAccessException($"Access to the path '{dir}' is denied.")
                : InputFileFinder.ListFolder(dir)
        );

        Assert.Equal(["data/a.csv", "data/open/c.csv"], files.Select(f => f.Display));
        var note = Assert.Single(skipped);
        Assert.Equal("data/locked/", note.File);
        Assert.StartsWith("could not read folder: Access to the path", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddColumn_OneNameRepeated_GetsNumberedUniqueNames()
    {
        var table = new TabularData();
        for (var i = 0; i < 5; i++)
        {
            table.AddColumn("comment");
        }
        table.AddColumn("comment_3");

        Assert.Equal(["comment", "comment_2", "comment_3", "comment_4", "comment_5", "comment_3_2"], table.Columns);
    }
}
