using System.Security.Cryptography;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Workspace;

/// <summary>
/// A durable evidence store in a folder (<c>workspace.db</c>, SQLite in WAL mode). Import is idempotent — records are
/// keyed by their content-hash evidence id and files by their bytes and name — and transactional per file: a file's
/// records, metadata, skipped rows and source row commit together or not at all, so an interrupted import leaves
/// only whole files behind and the next run picks up the rest.
/// </summary>
public sealed class EvidenceWorkspace : IDisposable
{
    public const string DatabaseFileName = "workspace.db";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private EvidenceWorkspace(SqliteConnection connection, string folder, TimeProvider clock)
    {
        _connection = connection;
        Folder = folder;
        _clock = clock;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, DatabaseFileName);

    /// <summary>
    /// Opens (creating when needed) the workspace in <paramref name="folder"/> and brings its schema up to date.
    /// </summary>
    public static EvidenceWorkspace Open(string folder, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        // No pooling: the file is released when the workspace is disposed, so tests and users can delete the folder.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(full, DatabaseFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = NORMAL");
            Pragma(connection, "PRAGMA foreign_keys = ON");
            Pragma(connection, "PRAGMA busy_timeout = 10000");
            // Evidence ids are content hashes, so a large import inserts into the primary-key B-trees at random places;
            // a 64 MiB page cache (default 2 MiB) keeps those pages in memory instead of re-reading them from the file.
            Pragma(connection, "PRAGMA cache_size = -65536");
            WorkspaceSchema.Migrate(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new WorkspaceException(
                $"{Path.Combine(full, DatabaseFileName)} is not a usable workspace: {ex.Message}",
                ex
            );
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new EvidenceWorkspace(connection, full, clock ?? TimeProvider.System);
    }

    /// <summary>The schema version stored in the database.</summary>
    public int SchemaVersion => WorkspaceSchema.CurrentVersion(_connection);

    /// <summary>The schema version this build writes.</summary>
    public static int LatestSchemaVersion => WorkspaceSchema.Latest;

    /// <summary>
    /// Imports every supported file among <paramref name="paths"/>, one file per transaction. Throws
    /// <see cref="OperationCanceledException"/> when cancelled; the file being imported is then rolled back and
    /// the files already committed stay.
    /// </summary>
    public async Task<IngestReport> IngestAsync(
        IEnumerable<string> paths,
        IngestOptions options,
        IProgress<WorkspaceProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var skipped = new List<SkippedInput>();
        var files = new List<FileImport>();
        foreach (var (path, display) in InputFileFinder.Find(paths, skipped, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(
                await ImportFileAsync(path, display, options, skipped, progress, cancellationToken)
                    .ConfigureAwait(false)
            );
        }
        return new IngestReport(files, skipped);
    }

    /// <summary>
    /// Everything in the workspace, ordered by source import order then file order, ready for analysis.
    /// </summary>
    public Task<IngestResult> LoadAsync(CancellationToken cancellationToken = default) =>
        RecordReader.ReadAsync(_connection, cancellationToken);

    /// <summary>The team's corrections (docs/corrections.md).</summary>
    public WorkspaceCorrections Corrections => new(_connection, _clock);

    /// <summary>How many evidence records the workspace holds.</summary>
    public async Task<long> CountRecordsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM records";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public void Dispose() => _connection.Dispose();

    private async Task<FileImport> ImportFileAsync(
        string path,
        string display,
        IngestOptions options,
        List<SkippedInput> skipped,
        IProgress<WorkspaceProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        string hash;
        try
        {
            hash = await HashFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedInput(display, null, $"could not read file: {ex.Message}"));
            return new FileImport(display, FileImportStatus.Unreadable, 0, 0, 1);
        }
        // Ids hash the lower-cased file name without its folder, so the same bytes under another name are another
        // source.
        var fileKey = Path.GetFileName(path).ToLowerInvariant();
        if (await IsImportedAsync(hash, fileKey, cancellationToken).ConfigureAwait(false))
        {
            return new FileImport(display, FileImportStatus.AlreadyImported, 0, 0, 0);
        }

        progress?.Report(new WorkspaceProgress(display, "Reading", 0, 0));
        var loaded = WithDisplayName(
            new EvidenceLoader().Load([path], options, cancellationToken),
            Path.GetFileName(path),
            display
        );
        skipped.AddRange(loaded.Skipped);
        if (loaded.Sources.Count == 0)
        {
            return new FileImport(display, FileImportStatus.Unreadable, 0, 0, loaded.Skipped.Count);
        }

        if (Commit(loaded, fileKey, hash, display, progress, cancellationToken) is not var (added, duplicates))
        {
            // another import committed it first
            return new FileImport(display, FileImportStatus.AlreadyImported, 0, 0, 0);
        }
        return new FileImport(display, FileImportStatus.Imported, added, duplicates, loaded.Skipped.Count);
    }

    private (int Added, int Duplicates)? Commit(
        IngestResult loaded,
        string fileKey,
        string hash,
        string display,
        IProgress<WorkspaceProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        // The writer only inserts metadata for a record it has just inserted in the same transaction, so the per-row
        // foreign-key lookups cannot fail; they are switched off for the bulk insert (the pragma is a no-op inside a
        // transaction, hence around it) and back on afterwards.
        Pragma(_connection, "PRAGMA foreign_keys = OFF");
        try
        {
            return CommitRecords(loaded, fileKey, hash, display, progress, cancellationToken);
        }
        finally
        {
            Pragma(_connection, "PRAGMA foreign_keys = ON");
        }
    }

    /// <summary>Null when another process imported the same file while this one was reading it.</summary>
    private (int Added, int Duplicates)? CommitRecords(
        IngestResult loaded,
        string fileKey,
        string hash,
        string display,
        IProgress<WorkspaceProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var total = loaded.Records.Count;
        // Disposing without Commit rolls back, so cancellation, an exception or a killed process leaves no part of the
        // file.
        // BEGIN IMMEDIATE takes the write lock now (waiting up to busy_timeout for another import), so the check below
        // sees every import committed before ours and two imports of one file cannot both insert it.
        using var transaction = BeginWrite(display);
        if (IsImported(hash, fileKey, transaction))
        {
            return null;
        }
        using var writer = new RecordWriter(_connection, transaction);
        var sourceId = writer.InsertSource(loaded.Sources[0], fileKey, hash, _clock.GetUtcNow());
        progress?.Report(new WorkspaceProgress(display, "Inserting", 0, total));
        var added = 0;
        for (var i = 0; i < total; i++)
        {
            if (writer.InsertRecord(loaded.Records[i], sourceId))
            {
                added++;
            }
            if ((i + 1) % RecordWriter.BatchSize == 0)
            {
                progress?.Report(new WorkspaceProgress(display, "Inserting", i + 1, total));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        foreach (var s in loaded.Skipped)
        {
            writer.InsertSkipped(s, sourceId);
        }
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        progress?.Report(new WorkspaceProgress(display, "Committed", total, total));
        return (added, total - added);
    }

    private SqliteTransaction BeginWrite(string display)
    {
        try
        {
            return _connection.BeginTransaction(deferred: false);
        }
        // SQLITE_BUSY: another writer held the lock past busy_timeout
        catch (SqliteException ex) when (ex.SqliteErrorCode == 5)
        {
            throw new WorkspaceException(
                $"{display}: the workspace is busy with another import; run the import again when it ends.",
                ex
            );
        }
    }

    private bool IsImported(string hash, string fileKey, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM sources WHERE content_hash = $hash AND file_key = $file_key";
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$file_key", fileKey);
        return command.ExecuteScalar() is not null;
    }

    private async Task<bool> IsImportedAsync(string hash, string fileKey, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sources WHERE content_hash = $hash AND file_key = $file_key";
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$file_key", fileKey);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            useAsync: true
        );
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The loader names a file given directly by its file name; the folder-relative name from the user's paths is
    /// what <c>cx analyze</c> shows, so records, the source and skipped rows carry that instead.
    /// </summary>
    private static IngestResult WithDisplayName(IngestResult loaded, string fileName, string display)
    {
        if (fileName == display)
        {
            return loaded;
        }
        string Rename(string file) => file == fileName ? display : file;
        return new IngestResult(
            [.. loaded.Records.Select(r => r with { Source = r.Source with { File = Rename(r.Source.File) } })],
            [.. loaded.Sources.Select(s => s with { File = Rename(s.File) })],
            [.. loaded.Skipped.Select(s => s with { File = Rename(s.File) })]
        );
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A data folder's own <c>catalog.yaml</c> becomes the workspace's catalog (copied in when the workspace has none),
    /// so <c>cx analyze --workspace</c> attributes evidence exactly as <c>cx analyze &lt;folder&gt;</c> would.
    /// Returns the catalog adopted, or null. Throws <see cref="CatalogException"/> (file, line, problem) for a catalog
    /// that does not load, which is then not adopted.
    /// </summary>
    public string? AdoptCatalog(IEnumerable<string> paths)
    {
        var target = Path.Combine(Folder, "catalog.yaml");
        if (File.Exists(target) || File.Exists(Path.Combine(Folder, "catalog.yml")))
        {
            return null;
        }
        var source = paths
            .Where(Directory.Exists)
            .SelectMany(dir => new[] { "catalog.yaml", "catalog.yml" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        if (source is null)
        {
            return null;
        }
        // Validated before it is adopted: a broken catalog in the workspace would fail every later search and analysis.
        CatalogLoader.Load(source);
        var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.Copy(source, temporary);
        File.Move(temporary, target);
        return source;
    }
}
