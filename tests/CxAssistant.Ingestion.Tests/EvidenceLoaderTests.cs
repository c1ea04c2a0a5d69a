using CxAssistant.Core.Evidence;
using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class EvidenceLoaderTests
{
    [Fact]
    public void Load_MixedFolder_ReadsSupportedFilesInOrderAndReportsOnlyRelevantUnsupported()
    {
        var result = Load("mixed");

        // Reports name files relative to the folder given, prefixed by its name: never the user's absolute path.
        var files = result.Sources.Select(s => s.File).ToList();
        Assert.Equal(["mixed/a_survey.csv", "mixed/sub/call.txt", "mixed/sub/notes.md"], files);
        Assert.All(result.Records, r => Assert.StartsWith("mixed/", r.Source.File, StringComparison.Ordinal));
        var skipped = Assert.Single(result.Skipped);
        Assert.EndsWith("export.xlsx", skipped.File);
        Assert.Contains("unsupported file type '.xlsx'", skipped.Reason);
        Assert.Contains("CSV", skipped.Reason);
        Assert.DoesNotContain(result.Records, r => r.Text.Contains("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HiddenFilesAndFolders_AreIgnored()
    {
        using var folder = NewTempFolder();
        folder.File(".hidden.csv", "id,comment\n1,secret words here\n");
        folder.File(".git/log.csv", "id,comment\n1,more secret words\n");
        folder.File("visible.csv", "id,comment\n1,visible words here\n");

        var result = new EvidenceLoader().Load([folder.Path], IngestOptions.Default);

        Assert.Equal("visible words here", Assert.Single(result.Records).Text);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Load_FolderWithSymlinkLoop_Terminates()
    {
        using var folder = NewTempFolder();
        folder.File("a/x.csv", "id,comment\n1,hello there friend\n");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a", "back"), folder.Path);

        var result = new EvidenceLoader().Load([folder.Path], IngestOptions.Default);

        Assert.Single(result.Records);
    }

    [Fact]
    public void Load_EmptyFile_SkippedAsEmpty()
    {
        var result = Load("empty.csv");

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("empty file", skipped.Reason);
        Assert.Null(skipped.Line);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Load_BinaryFile_SkippedAsBinary()
    {
        var result = Load("binary.csv");

        Assert.StartsWith("binary content: ", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Load_MissingPathAmongGoodOnes_OthersStillLoad()
    {
        var result = new EvidenceLoader().Load([PathOf("nope.csv"), PathOf("blank_rows.csv")], IngestOptions.Default);

        Assert.Contains(result.Skipped, s =>
            s.File.EndsWith("nope.csv", StringComparison.Ordinal) && s.Reason == "file or folder not found"
        );
        Assert.Equal(3, result.Records.Count); // two comments and one score-only answer
    }

    [Fact]
    public void Load_FileOverSizeLimit_SkippedWithLimitInReason()
    {
        var result = Load("quoted_newlines.csv", IngestOptions.Default with { MaxFileBytes = 10 });

        Assert.Contains("larger than the", Assert.Single(result.Skipped).Reason);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void Load_SameFileTwice_IdsAreStableAndRecordsNotDuplicated()
    {
        var first = Load("survey_utf8_bom.csv");
        var second = new EvidenceLoader().Load(
            [PathOf("survey_utf8_bom.csv"), PathOf("survey_utf8_bom.csv")],
            IngestOptions.Default
        );

        Assert.Equal(first.Records.Select(r => r.Id), second.Records.Select(r => r.Id));
        Assert.All(first.Records, r => Assert.Matches("^[0-9a-f]{16}$", r.Id));
    }

    [Fact]
    public void Load_IdenticalTextsInDifferentRows_GetDistinctIds()
    {
        using var folder = NewTempFolder();
        var file = folder.File("dupes.csv", "comment\nsame words again\nsame words again\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(2, result.Records.Select(r => r.Id).Distinct().Count());
        Assert.Equal(["1", "2"], result.Records.Select(r => r.RecordId));
    }

    [Fact]
    public void Load_RepeatedIdAndText_StillUniqueIds()
    {
        using var folder = NewTempFolder();
        var file = folder.File("repeat.jsonl", "{\"id\":\"x\",\"text\":\"same\"}\n{\"id\":\"x\",\"text\":\"same\"}\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(2, result.Records.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Load_ChannelOptionIsKnownName_ForcesChannelEverywhere()
    {
        var result = new EvidenceLoader().Load([PathOf("mixed")], IngestOptions.Default with { Channel = "email" });

        Assert.All(result.Records, r => Assert.Equal(Channel.Email, r.Channel));
    }

    [Fact]
    public void Load_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new EvidenceLoader().Load([PathOf("mixed")], IngestOptions.Default, cts.Token)
        );
    }

    [Fact]
    public void Load_HundredThousandCsvRows_AllReadWithCorrectLines()
    {
        using var folder = NewTempFolder();
        var sb = new System.Text.StringBuilder("response_id,date,nps,comment,plan,region\n");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append(
                $"r{i},2024-03-{i % 28 + 1:00},{i % 11},\"Comment number {i} about "
                    + $"delivery, checkout and support\",{(i % 3 == 0 ? "pro" : "free")},eu\n"
            );
        }
        var file = folder.File("big.csv", sb.ToString());
        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        Assert.Equal(100_000, result.Records.Count);
        Assert.Equal(99_999 % 11, result.Records[^1].Nps);
        Assert.Equal(100_001, result.Records[^1].Source.Line);
    }
}
