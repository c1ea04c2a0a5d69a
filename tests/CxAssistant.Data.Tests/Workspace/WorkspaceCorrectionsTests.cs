using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Tests.Workspace;

/// <summary>
/// Corrections kept in the workspace survive re-importing the same file and every re-analysis (docs/corrections.md).
/// </summary>
public sealed class WorkspaceCorrectionsTests
{
    private const string Survey =
        "id,comment,nps\n"
        + "r1,The parcel came a day early and the courier was lovely,10\n"
        + "r2,Delivery took three weeks and nobody answered,1\n"
        + "r3,Refund arrived within the hour from customer service,9\n";

    private static AnalysisResult Analyse(IngestResult ingest, IReadOnlyList<Correction> corrections) =>
        new AnalysisPipeline().Analyse(
            ingest,
            new AnalyzeOptions
            {
                Paths = [],
                Preset = "ecommerce",
                Discover = false,
                ComparePeriods = null,
                Corrections = corrections,
            }
        );

    [Fact]
    public async Task Corrections_SameFileImportedAgainAndReanalysed_StillApplied()
    {
        using var temp = new TempFolder("cx-correct-");
        var file = temp.File("data/survey.csv", Survey);
        var folder = temp.Combine("ws");
        string id;
        using (var workspace = EvidenceWorkspace.Open(folder))
        {
            await workspace.IngestAsync([file], IngestOptions.Default);
            id = (await workspace.Corrections.FindRecordsAsync("r1")).Single();
            await workspace.Corrections.AddAsync([(CorrectionKind.Sentiment, id, "negative")], "ana");
        }
        // The same bytes under the same name, copied elsewhere and imported again: a duplicate import.
        var copy = temp.File("again/survey.csv", Survey);
        using var reopened = EvidenceWorkspace.Open(folder);
        var report = await reopened.IngestAsync([copy], IngestOptions.Default);
        var corrections = await reopened.Corrections.ListAsync();
        var ingest = await reopened.LoadAsync();

        var first = Analyse(ingest, corrections);
        var second = Analyse(ingest, corrections);

        Assert.Equal(FileImportStatus.AlreadyImported, report.Files.Single().Status);
        var stored = Assert.Single(corrections);
        Assert.Equal(
            (CorrectionKind.Sentiment, id, "negative", "ana"),
            (stored.Kind, stored.Target, stored.Value, stored.By)
        );
        foreach (var run in new[] { first, second })
        {
            var annotation = run.Annotations[run.Records.ToList().FindIndex(r => r.Id == id)];
            Assert.Equal(SentimentLabel.Negative, annotation.SentimentLabel);
            Assert.Equal(Provenance.CorrectedSource, annotation.Provenance);
            Assert.True(Assert.Single(run.Corrections).Applied);
        }
    }

    [Fact]
    public async Task AddAsync_WhoAndWhen_StoredInUtcFromTheClock()
    {
        using var temp = new TempFolder("cx-correct-");
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 8, 15, 0, TimeSpan.FromHours(2)));
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"), clock);

        await workspace.Corrections.AddAsync([(CorrectionKind.RenameTheme, "delivery", "Shipping")], "sam");
        var listed = Assert.Single(await workspace.Corrections.ListAsync());

        Assert.Equal("sam", listed.By);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 15, 0, TimeSpan.Zero), listed.At);
        Assert.Equal(TimeSpan.Zero, listed.At.Offset);
    }

    [Fact]
    public async Task UndoAsync_CorrectionInForce_LeavesTheListAndSecondUndoFails()
    {
        using var temp = new TempFolder("cx-correct-");
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"));
        var added = await workspace.Corrections.AddAsync(
            [
                (CorrectionKind.RenameTheme, "delivery", "Shipping"),
                (CorrectionKind.MergeTheme, "packaging", "delivery"),
            ],
            "sam"
        );

        Assert.True(await workspace.Corrections.UndoAsync(added[0].Id, "sam"));
        Assert.False(await workspace.Corrections.UndoAsync(added[0].Id, "sam"));
        Assert.Equal([added[1].Id], (await workspace.Corrections.ListAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task FindRecordsAsync_OwnIdFileLineOrEvidencePrefix_NameTheSameRecord()
    {
        using var temp = new TempFolder("cx-correct-");
        var file = temp.File("survey.csv", Survey);
        using var workspace = EvidenceWorkspace.Open(temp.Combine("ws"));
        await workspace.IngestAsync([file], IngestOptions.Default);
        var id = (await workspace.Corrections.FindRecordsAsync("r2")).Single();

        Assert.Equal([id], await workspace.Corrections.FindRecordsAsync("survey.csv:3"));
        Assert.Equal([id], await workspace.Corrections.FindRecordsAsync(id[..10]));
        Assert.Equal([id], await workspace.Corrections.FindRecordsAsync(id));
        Assert.Empty(await workspace.Corrections.FindRecordsAsync("r9"));
        Assert.Empty(await workspace.Corrections.FindRecordsAsync("survey.csv:9"));
    }

    [Fact]
    public async Task Open_WorkspaceAtSchemaOne_UpgradesAndKeepsItsRecords()
    {
        using var temp = new TempFolder("cx-correct-");
        var folder = temp.Combine("ws");
        using (var workspace = EvidenceWorkspace.Open(folder))
        {
            await workspace.IngestAsync([temp.File("survey.csv", Survey)], IngestOptions.Default);
        }
        // Back to what a workspace written before corrections looked like.
        using (
            var connection = new SqliteConnection(
                $"Data Source={Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)};Pooling=False"
            )
        )
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                "DROP INDEX corrections_by_target; DROP TABLE corrections; UPDATE schema_version SET version = 1";
            command.ExecuteNonQuery();
        }

        using var upgraded = EvidenceWorkspace.Open(folder);
        await upgraded.Corrections.AddAsync([(CorrectionKind.Irrelevant, "x", "")], "ana");

        Assert.Equal(EvidenceWorkspace.LatestSchemaVersion, upgraded.SchemaVersion);
        Assert.Equal(2, EvidenceWorkspace.LatestSchemaVersion);
        Assert.Equal(3, await upgraded.CountRecordsAsync());
        Assert.Single(await upgraded.Corrections.ListAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
