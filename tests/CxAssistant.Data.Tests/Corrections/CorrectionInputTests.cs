using System.Text.Json.Nodes;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Data.Corrections;
using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;

namespace CxAssistant.Data.Tests.Corrections;

/// <summary>
/// Corrections as people write them: a CSV file, names of touchpoints and labels, checked before they are kept.
/// </summary>
public sealed class CorrectionInputTests
{
    private const string Survey = "id,comment,nps\nr1,Slow courier again,2\nr2,Lovely staff at the desk,9\n";

    private static readonly TouchpointCatalog Catalog = new(
        "test",
        [
            new Touchpoint { Id = "delivery", Name = "Delivery and tracking" },
            new Touchpoint { Id = "front-desk", Name = "Front desk" },
        ]
    );

    [Fact]
    public void Read_BadKindLine_NamesFileAndLine()
    {
        using var temp = new TempFolder("cx-correct-");
        var path = temp.File("fixes.csv", "kind,target,value\nsentiment,r1,negative\n\nsentimnt,r2,positive\n");

        var (lines, problems) = CorrectionFile.Read(path);

        Assert.Single(lines);
        Assert.Equal(2, lines[0].Line);
        var problem = Assert.Single(problems);
        Assert.StartsWith("fixes.csv, line 4: unknown kind 'sentimnt'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumn_NamesItOnLineOne()
    {
        using var temp = new TempFolder("cx-correct-");
        var path = temp.File("fixes.csv", "kind,record\nsentiment,r1\n");

        var (_, problems) = CorrectionFile.Read(path);

        Assert.Equal(["fixes.csv, line 1: missing column(s) target, value (expected: kind,target,value)"], problems);
    }

    [Theory]
    [InlineData(CorrectionKind.Sentiment, "r9", "negative", "unknown record id 'r9'")]
    [InlineData(CorrectionKind.Sentiment, "r1", "furious", "unknown sentiment 'furious'")]
    [InlineData(CorrectionKind.Intent, "r1", "rant", "unknown intent 'rant'")]
    [InlineData(CorrectionKind.Touchpoints, "r1", "Delivery and tracking|Spa", "unknown touchpoint 'Spa'")]
    [InlineData(CorrectionKind.MergeTheme, "Front desk", "front-desk", "are the same theme")]
    [InlineData(CorrectionKind.RenameTheme, "Parking", "Car park", "unknown touchpoint 'Parking'")]
    [InlineData(CorrectionKind.SplitTheme, "Delivery and tracking", "Returns", "no words given")]
    [InlineData(CorrectionKind.SplitTheme, "Delivery and tracking", "delivery|late", "cannot be split into itself")]
    [InlineData(CorrectionKind.SplitTheme, "Parking", "Car park|valet", "unknown touchpoint 'Parking'")]
    public async Task CheckAsync_BadRequest_SaysWhatIsWrong(
        CorrectionKind kind,
        string target,
        string value,
        string expected
    )
    {
        using var temp = new TempFolder("cx-correct-");
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"));
        await workspace.IngestAsync([temp.File("survey.csv", Survey)], IngestOptions.Default);

        var (ok, problem) = await new CorrectionChecker(workspace.Corrections, Catalog).CheckAsync(
            new(kind, target, value)
        );

        Assert.Null(ok);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_NamesAndLabelWords_KeptAsIdsAndCanonicalWords()
    {
        using var temp = new TempFolder("cx-correct-");
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"));
        await workspace.IngestAsync([temp.File("survey.csv", Survey)], IngestOptions.Default);
        var checker = new CorrectionChecker(workspace.Corrections, Catalog);

        var (touchpoints, _) = await checker.CheckAsync(new(CorrectionKind.Touchpoints, "r1", "front desk | DELIVERY"));
        var (intent, _) = await checker.CheckAsync(new(CorrectionKind.Intent, "r1", "Help_Request"));
        var (merge, _) = await checker.CheckAsync(
            new(CorrectionKind.MergeTheme, "Front desk", "Delivery and tracking")
        );

        var (split, _) = await checker.CheckAsync(
            new(CorrectionKind.SplitTheme, "DELIVERY", " Returns | refund|| return | Refund ")
        );

        var id = (await workspace.Corrections.FindRecordsAsync("r1")).Single();
        Assert.Equal(new CorrectionRequest(CorrectionKind.SplitTheme, "delivery", "Returns|refund|return"), split);
        Assert.Equal(new CorrectionRequest(CorrectionKind.Touchpoints, id, "front-desk|delivery"), touchpoints);
        Assert.Equal("help-request", intent!.Value);
        Assert.Equal(("front-desk", "delivery"), (merge!.Target, merge.Value));
    }

    [Fact]
    public async Task Write_CorrectedRecords_OneLabelledLineEachAndASuiteNamingThem()
    {
        using var temp = new TempFolder("cx-correct-");
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"));
        await workspace.IngestAsync(
            [
                temp.File(
                    "survey.csv",
                    "id,comment,nps\nr1,Call me on 0612345678 the courier was slow,2\nr2,Fine,9\nr3,Spam,5\n"
                ),
            ],
            IngestOptions.Default
        );
        var ids = new List<string>();
        foreach (var r in new[] { "r1", "r2", "r3" })
        {
            ids.Add((await workspace.Corrections.FindRecordsAsync(r)).Single());
        }
        await workspace.Corrections.AddAsync(
            [
                (CorrectionKind.Sentiment, ids[0], "negative"),
                (CorrectionKind.Intent, ids[0], "help-request"),
                (CorrectionKind.Touchpoints, ids[1], "front-desk|delivery"),
                (CorrectionKind.Irrelevant, ids[2], ""),
            ],
            "ana"
        );

        var result = LabelledSetExport.Write(
            await workspace.LoadAsync(),
            await workspace.Corrections.ListAsync(),
            temp.Combine("out", "labelled.jsonl"),
            null
        );

        var lines = File.ReadAllLines(temp.Combine("out", "labelled.jsonl"))
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToList();
        Assert.Equal((2, 1), (result.Records, result.Irrelevant));
        Assert.Equal(("negative", "help_request"), (lines[0]["sentiment"]!.ToString(), lines[0]["intent"]!.ToString()));
        Assert.DoesNotContain("0612345678", lines[0]["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("front-desk", lines[1]["touchpoint"]!.ToString());
        Assert.False(lines[1].ContainsKey("sentiment"));
        var suite = File.ReadAllText(result.SuitePath);
        Assert.Contains("path: 'labelled.jsonl'", suite, StringComparison.Ordinal);
        // Without a catalog the touchpoint cannot be judged, so the suite does not ask for it.
        Assert.Contains("expect: [sentiment, intent]", suite, StringComparison.Ordinal);
    }
}
