using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Tests.Workspace;

public sealed class EvidenceWorkspaceTests
{
    private const string Survey =
        "id,comment,rating\n1,Delivery was late again,2\n2,Great boots,5\n3,Checkout kept failing,1\n";

    [Fact]
    public async Task IngestAsync_SameFilesTwice_SecondRunAddsNothingAndCountsStay()
    {
        using var temp = new TempFolder("cx-ingest-");
        var file = temp.File("data/survey.csv", Survey);
        using var workspace = EvidenceWorkspace.Open(Path.Combine(temp.Path, "ws"));

        var first = await workspace.IngestAsync([file], IngestOptions.Default);
        var afterFirst = await workspace.LoadAsync();
        var second = await workspace.IngestAsync([file], IngestOptions.Default);
        var afterSecond = await workspace.LoadAsync();

        Assert.Equal((3, 0, 0), (first.Added, first.Duplicates, first.AlreadyImported));
        Assert.Equal((0, 0, 1), (second.Added, second.Duplicates, second.AlreadyImported));
        Assert.Equal(FileImportStatus.AlreadyImported, Assert.Single(second.Files).Status);
        Assert.Equal(afterFirst.Records.Select(r => r.Id), afterSecond.Records.Select(r => r.Id));
        Assert.Equal(afterFirst.Sources.Count, afterSecond.Sources.Count);
    }

    [Fact]
    public async Task IngestAsync_SameRowsInTwoCopiesOfAFile_CountsThemAsDuplicates()
    {
        using var temp = new TempFolder("cx-ingest-");
        var old = temp.File("march/survey.csv", Survey);
        var grown = temp.File("april/survey.csv", Survey + "4,Returns were easy,4\n");
        using var workspace = EvidenceWorkspace.Open(Path.Combine(temp.Path, "ws"));

        var report = await workspace.IngestAsync([old, grown], IngestOptions.Default);

        Assert.Equal([3, 1], report.Files.Select(f => f.Added));
        Assert.Equal([0, 3], report.Files.Select(f => f.Duplicates));
        Assert.Equal(4, await workspace.CountRecordsAsync());
    }

    [Fact]
    public async Task IngestAsync_CancelledMidFile_RollsBackThatFileAndRerunEqualsCleanImport()
    {
        using var temp = new TempFolder("cx-ingest-");
        var small = temp.File("a-small.csv", Survey);
        var large = temp.File("b-large.csv", LargeCsv(3 * RecordWriter.BatchSize + 17));
        using var workspace = EvidenceWorkspace.Open(Path.Combine(temp.Path, "ws"));
        using var cancel = new CancellationTokenSource();
        // Fires once the large file has inserted its first batch, i.e. in the middle of its transaction.
        var progress = new InlineProgress(p =>
        {
            if (p.File == "b-large.csv" && p.Stage == "Inserting" && p.Done > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            workspace.IngestAsync([small, large], IngestOptions.Default, progress, cancel.Token)
        );
        var afterCancel = await workspace.LoadAsync();
        var rerun = await workspace.IngestAsync([small, large], IngestOptions.Default);
        var resumed = await workspace.LoadAsync();

        using var fresh = EvidenceWorkspace.Open(Path.Combine(temp.Path, "fresh"));
        await fresh.IngestAsync([small, large], IngestOptions.Default);
        var clean = await fresh.LoadAsync();
        Assert.Equal(["a-small.csv"], afterCancel.Sources.Select(s => s.File));
        Assert.Equal(3, afterCancel.Records.Count);
        Assert.Equal([FileImportStatus.AlreadyImported, FileImportStatus.Imported], rerun.Files.Select(f => f.Status));
        Assert.Equal(clean.Records.Select(r => r.Id), resumed.Records.Select(r => r.Id));
        Assert.Equal(clean.Records.Count, resumed.Records.Count);
    }

    [Fact]
    public async Task Open_NewFolder_CreatesLatestSchemaAndReopensUnchanged()
    {
        using var temp = new TempFolder("cx-ingest-");
        var folder = Path.Combine(temp.Path, "ws");

        using (var created = EvidenceWorkspace.Open(folder))
        {
            Assert.Equal(EvidenceWorkspace.LatestSchemaVersion, created.SchemaVersion);
            await created.IngestAsync([temp.File("survey.csv", Survey)], IngestOptions.Default);
        }
        using var reopened = EvidenceWorkspace.Open(folder);

        Assert.True(File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)));
        Assert.Equal(EvidenceWorkspace.LatestSchemaVersion, reopened.SchemaVersion);
        Assert.Equal(3, await reopened.CountRecordsAsync());
    }

    [Fact]
    public void Open_DatabaseFromNewerVersion_ThrowsWorkspaceException()
    {
        using var temp = new TempFolder("cx-ingest-");
        var folder = Path.Combine(temp.Path, "ws");
        EvidenceWorkspace.Open(folder).Dispose();
        using (
            var connection = new SqliteConnection(
                $"Data Source={Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)};Pooling=False"
            )
        )
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = $v";
            command.Parameters.AddWithValue("$v", EvidenceWorkspace.LatestSchemaVersion + 1);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<WorkspaceException>(() => EvidenceWorkspace.Open(folder));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    private static string LargeCsv(int rows) =>
        "id,comment,customer_id,nps\n"
        + string.Concat(
            Enumerable
                .Range(1, rows)
                .Select(i => $"{i},Order {i} arrived late and support never answered,C-{i % 97},{i % 11}\n")
        );

    /// <summary>
    /// Reports on the calling thread, so the test cancels at an exact point rather than whenever a thread-pool callback
    /// runs.
    /// </summary>
    private sealed class InlineProgress(Action<WorkspaceProgress> report) : IProgress<WorkspaceProgress>
    {
        public void Report(WorkspaceProgress value) => report(value);
    }
}
