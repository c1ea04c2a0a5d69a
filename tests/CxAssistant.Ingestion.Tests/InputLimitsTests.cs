namespace CxAssistant.Ingestion.Tests;

/// <summary>
/// Fields over the limit are truncated, records over it skipped, and every note names file, line and limit.
/// </summary>
public sealed class InputLimitsTests
{
    [Fact]
    public void Load_FieldOverLimit_IsTruncatedWithANoteNamingColumnLineAndLimit()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File("long.csv", "id,comment\n1,Short one about delivery\n2," + new string('x', 5000) + "\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default with { MaxFieldChars = 1000 });

        Assert.Equal(1000, result.Records[1].Text.Length);
        var note = Assert.Single(result.Skipped);
        Assert.Equal(3, note.Line);
        Assert.Equal(
            "field text (column 'comment') is 5,000 characters, more than the "
                + "1,000 limit (--max-field-chars); truncated",
            note.Reason
        );
    }

    [Fact]
    public void Load_RecordOverLimit_IsSkippedAndTheOthersKept()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var wide = string.Join(",", Enumerable.Range(0, 10).Select(i => $"\"m{i}\":\"{new string('y', 900)}\""));
        var file = folder.File(
            "wide.jsonl",
            "{\"comment\":\"Refund took weeks\"}\n{\"comment\":\"Checkout broke\"," + wide + "}\n"
        );

        var result = new EvidenceLoader().Load(
            [file],
            IngestOptions.Default with
            {
                MaxFieldChars = 1000,
                MaxRecordChars = 5000,
            }
        );

        Assert.Equal("Refund took weeks", Assert.Single(result.Records).Text);
        var note = Assert.Single(result.Skipped);
        Assert.Equal(2, note.Line);
        Assert.EndsWith(
            "more than the 5,000 limit (--max-record-chars); record skipped",
            note.Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_FrontMatterOverLimit_IsIgnoredAndTheNotesRead()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File(
            "n.md",
            "---\ncustomer: C-1\nnotes: " + new string('z', 3000) + "\n---\n\nThe app crashed at payment.\n"
        );

        var result = new EvidenceLoader().Load([file], IngestOptions.Default with { MaxFrontMatterBytes = 1024 });

        var record = Assert.Single(result.Records);
        Assert.Null(record.CustomerId);
        Assert.Contains(
            "(--max-front-matter-bytes); read the notes without it",
            Assert.Single(result.Skipped).Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_JsonDeeperThanLimit_FailsNamingLineAndOption()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File(
            "deep.json",
            "[{\"comment\":\"ok\",\"x\":" + new string('[', 20) + new string(']', 20) + "}]"
        );

        var result = new EvidenceLoader().Load([file], IngestOptions.Default with { MaxJsonDepth = 10 });

        Assert.Empty(result.Records);
        var failure = Assert.Single(result.Skipped);
        Assert.Equal(1, failure.Line);
        Assert.Contains("(limit: --max-json-depth)", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MarkdownNestedFarBeyondNotes_IsRefusedWithTheLine()
    {
        using var folder = IngestionFixtures.NewTempFolder();
        var file = folder.File("deep.md", "# Notes\n\n" + new string('>', 40) + " quoted\n");

        var result = new EvidenceLoader().Load([file], IngestOptions.Default);

        var failure = Assert.Single(result.Skipped);
        Assert.Equal(3, failure.Line);
        Assert.Contains("nested deeper than Markdown notes go", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ListsEveryLimitWithItsOption()
    {
        var lines = InputLimits.Describe(IngestOptions.Default).ToList();

        Assert.Equal(6, lines.Count);
        foreach (
            var option in new[]
            {
                InputLimits.FileOption,
                InputLimits.FieldOption,
                InputLimits.RecordOption,
                InputLimits.FrontMatterOption,
                InputLimits.YamlOption,
                InputLimits.JsonDepthOption,
            }
        )
        {
            Assert.Contains(lines, l => l.Contains(option, StringComparison.Ordinal));
        }
    }
}
