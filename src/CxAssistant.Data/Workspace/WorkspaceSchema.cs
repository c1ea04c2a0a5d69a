using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Workspace;

/// <summary>
/// The workspace schema as ordered migrations. A database records the highest migration applied in
/// <c>schema_version</c>; opening it applies the missing ones in one transaction, so an old workspace upgrades in place
/// and a crash during an upgrade leaves the previous version intact.
/// </summary>
internal static class WorkspaceSchema
{
    private static readonly string[][] Migrations =
    [
        [
            """
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    file TEXT NOT NULL,
                    file_key TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    format TEXT NOT NULL,
                    column_mapping TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    record_count INTEGER NOT NULL,
                    skipped_count INTEGER NOT NULL,
                    UNIQUE (content_hash, file_key))
                """,
            """
                CREATE TABLE records (
                    evidence_id TEXT PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES sources(id),
                    record_id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    channel TEXT NOT NULL,
                    customer_id TEXT,
                    timestamp TEXT,
                    text TEXT NOT NULL,
                    speaker TEXT,
                    rating REAL,
                    nps INTEGER,
                    csat REAL,
                    ces REAL)
                """,
            "CREATE INDEX records_by_source ON records (source_id)",
            """
                CREATE TABLE metadata (
                    evidence_id TEXT NOT NULL REFERENCES records(evidence_id),
                    key TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (evidence_id, key))
                """,
            """
                CREATE TABLE skipped (
                    source_id INTEGER REFERENCES sources(id),
                    file TEXT NOT NULL,
                    line INTEGER,
                    reason TEXT NOT NULL)
                """,
            // Placeholders so analyses can be cached per evidence item later; nothing writes them yet.
            """
                CREATE TABLE annotations (
                    evidence_id TEXT NOT NULL REFERENCES records(evidence_id),
                    json TEXT NOT NULL,
                    provenance TEXT NOT NULL)
                """,
            """
                CREATE TABLE spans (
                    evidence_id TEXT NOT NULL REFERENCES records(evidence_id),
                    json TEXT NOT NULL,
                    provenance TEXT NOT NULL)
                """,
        ],
        // 2: the team's corrections (docs/corrections.md). No foreign key to records: a correction outlives its record
        // so the analysis can report that it no longer matches anything. Undone corrections stay, with who and when.
        [
            """
                CREATE TABLE corrections (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    target TEXT NOT NULL,
                    value TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    undone_by TEXT,
                    undone_at TEXT)
                """,
            "CREATE INDEX corrections_by_target ON corrections (target)",
        ],
    ];

    /// <summary>The version a freshly opened workspace has.</summary>
    public static int Latest => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new WorkspaceException(
                $"The workspace has schema version {current}, newer than this cx understands ({Latest}); update cx."
            );
        }
        if (current == Latest)
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        for (var version = current + 1; version <= Latest; version++)
        {
            foreach (var sql in Migrations[version - 1])
            {
                Execute(connection, transaction, sql);
            }
        }
        Execute(connection, transaction, "DELETE FROM schema_version");
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO schema_version (version) VALUES ($version)";
            insert.Parameters.AddWithValue("$version", Latest);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
