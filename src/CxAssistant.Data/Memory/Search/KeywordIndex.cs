using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// The keyword side and the chunk catalogue: <c>search.db</c> beside <c>workspace.db</c> (a separate file so the
/// workspace schema and its migrations stay untouched) with a <c>chunks</c> table and an external-content FTS5 table
/// ranked by <c>bm25()</c>. The porter tokenizer lets "refunds" meet "refund".
/// </summary>
internal sealed partial class KeywordIndex : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly bool _ledgerOnly;

    /// <param name="path">The <c>search.db</c> file.</param>
    /// <param name="ledgerOnly">
    /// True when the chunks and their keyword index live in an external store (Qdrant): rows then record what was
    /// written
    /// there (ids, source, tags) without the chunk text and without FTS entries.
    /// </param>
    public KeywordIndex(string path, bool ledgerOnly = false)
    {
        _ledgerOnly = ledgerOnly;
        // No pooling, so the file is released on dispose and test folders can be deleted.
        _connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString()
        );
        _connection.Open();
        Execute("PRAGMA journal_mode = WAL");
        Execute("PRAGMA busy_timeout = 10000");
        // Chunk ids are hashes, so bulk inserts hit the unique index at random pages: a 64 MiB cache (default 2 MiB)
        // keeps them.
        Execute("PRAGMA cache_size = -65536");
        Execute(
            $"""
            CREATE TABLE IF NOT EXISTS chunks(
                id INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL UNIQUE,
                evidence_id TEXT NOT NULL, record_id TEXT NOT NULL, source TEXT NOT NULL, line INTEGER NOT NULL,
                channel TEXT NOT NULL, ts INTEGER, touchpoints TEXT NOT NULL, text TEXT NOT NULL);
            CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
                text, content='chunks', content_rowid='id', tokenize='{KeywordTokenizer.Spec}');
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """
        );
        // Indexes made before chunks carried a sentiment tag gain the column (NULL until the next re-tag).
        if (!HasColumn("chunks", "sentiment"))
        {
            Execute("ALTER TABLE chunks ADD COLUMN sentiment TEXT");
        }
    }

    public sealed record Row(
        string ChunkId,
        string EvidenceId,
        string RecordId,
        string Source,
        int Line,
        string Channel,
        long? TimestampUnixMs,
        IReadOnlyList<string> Touchpoints,
        string Text,
        string? Sentiment = null
    );

    public async Task<HashSet<string>> ChunkIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT chunk_id FROM chunks";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM chunks";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>True when any stored chunk carries touchpoint ids (only indexes refreshed with a tagger do).</summary>
    public async Task<bool> HasTouchpointsAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT EXISTS(SELECT 1 FROM chunks WHERE touchpoints <> '')";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! != 0;
    }

    /// <summary>
    /// Adds rows in one transaction; a chunk id already present is left as it is. <paramref name="beforeCommit"/>, when
    /// given, is awaited after the inserts and before the commit (a failure there rolls the rows back), so the caller
    /// can
    /// run other work alongside the inserts and still commit the catalogue only once that work is done.
    /// </summary>
    public async Task AddAsync(
        IEnumerable<Row> rows,
        CancellationToken cancellationToken,
        Func<Task>? beforeCommit = null
    )
    {
        await using var transaction = (SqliteTransaction)
            await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT OR IGNORE INTO chunks(
                chunk_id, evidence_id, record_id, source, line, channel, ts, touchpoints, text, sentiment)
            VALUES ($chunk, $evidence, $record, $source, $line, $channel, $ts, $touchpoints, $text, $sentiment)
            RETURNING id
            """;
        // Parameters are bound once and only their values change per row (the statements stay prepared).
        var chunk = insert.Parameters.Add("$chunk", SqliteType.Text);
        var evidence = insert.Parameters.Add("$evidence", SqliteType.Text);
        var record = insert.Parameters.Add("$record", SqliteType.Text);
        var source = insert.Parameters.Add("$source", SqliteType.Text);
        var line = insert.Parameters.Add("$line", SqliteType.Integer);
        var channel = insert.Parameters.Add("$channel", SqliteType.Text);
        var ts = insert.Parameters.Add("$ts", SqliteType.Integer);
        var touchpoints = insert.Parameters.Add("$touchpoints", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var sentiment = insert.Parameters.Add("$sentiment", SqliteType.Text);
        await using var fts = _connection.CreateCommand();
        fts.Transaction = transaction;
        fts.CommandText = "INSERT INTO chunks_fts(rowid, text) VALUES ($id, $text)";
        var ftsId = fts.Parameters.Add("$id", SqliteType.Integer);
        var ftsText = fts.Parameters.Add("$text", SqliteType.Text);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chunk.Value = row.ChunkId;
            evidence.Value = row.EvidenceId;
            record.Value = row.RecordId;
            source.Value = row.Source;
            line.Value = row.Line;
            channel.Value = row.Channel;
            ts.Value = (object?)row.TimestampUnixMs ?? DBNull.Value;
            touchpoints.Value = EncodeTouchpoints(row.Touchpoints);
            text.Value = _ledgerOnly ? "" : row.Text;
            sentiment.Value = (object?)row.Sentiment ?? DBNull.Value;
            // No id back means the chunk was already there (INSERT OR IGNORE), so its FTS row exists too.
            if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long id || _ledgerOnly)
            {
                continue;
            }
            ftsId.Value = id;
            ftsText.Value = row.Text;
            await fts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        if (beforeCommit is not null)
        {
            await beforeCommit().ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Chunk ids ranked by BM25 (best first) among chunks passing the filters.</summary>
    public async Task<IReadOnlyList<string>> SearchAsync(
        string query,
        SearchFilters filters,
        bool filterTouchpoint,
        int top,
        CancellationToken cancellationToken
    )
    {
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT c.chunk_id FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid
            WHERE chunks_fts MATCH $match
              AND ($channel IS NULL OR c.channel = $channel)
              AND ($source IS NULL OR c.source = $source COLLATE NOCASE)
              AND ($since IS NULL OR (c.ts IS NOT NULL AND c.ts >= $since))
              AND ($until IS NULL OR (c.ts IS NOT NULL AND c.ts < $until))
              AND ($touchpoint IS NULL OR instr(c.touchpoints, $touchpoint) > 0)
              AND ($sentiment IS NULL OR c.sentiment = $sentiment)
            ORDER BY bm25(chunks_fts), c.id
            LIMIT $top
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$channel", (object?)filters.NormalisedChannel ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)filters.NormalisedSource ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", (object?)filters.SinceMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$until", (object?)filters.UntilMs ?? DBNull.Value);
        command.Parameters.AddWithValue(
            "$touchpoint",
            filterTouchpoint && filters.Touchpoint is { } tp ? "|" + tp + "|" : DBNull.Value
        );
        command.Parameters.AddWithValue("$sentiment", (object?)filters.NormalisedSentiment ?? DBNull.Value);
        command.Parameters.AddWithValue("$top", top);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public async Task<Dictionary<string, Row>> GetAsync(
        IReadOnlyCollection<string> chunkIds,
        CancellationToken cancellationToken
    )
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        await using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT chunk_id, evidence_id, record_id, source, line, channel, ts, "
            + "touchpoints, text, sentiment FROM chunks WHERE chunk_id = $id";
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in chunkIds)
        {
            parameter.Value = id;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            rows[id] = new Row(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.GetString(7).Split('|', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9)
            );
        }
        return rows;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> catalogue rows after row id <paramref name="after"/>, in row order (for a move).
    /// </summary>
    public async Task<List<(long Id, Row Row)>> PageAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT id, chunk_id, evidence_id, record_id, source, line, channel, ts, touchpoints, text, sentiment "
            + "FROM chunks WHERE id > $after ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long, Row)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(
                (
                    reader.GetInt64(0),
                    new Row(
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetInt32(5),
                        reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetInt64(7),
                        reader.GetString(8).Split('|', StringSplitOptions.RemoveEmptyEntries),
                        reader.GetString(9),
                        reader.IsDBNull(10) ? null : reader.GetString(10)
                    )
                )
            );
        }
        return rows;
    }

    /// <summary>
    /// Empties the catalogue and its FTS index (meta stays), so the next refresh writes every chunk anew.
    /// </summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM chunks; INSERT INTO chunks_fts(chunks_fts) VALUES('delete-all');";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the touchpoint and sentiment tags of catalogued chunks in one transaction.</summary>
    public async Task UpdateTagsAsync(
        IEnumerable<(string ChunkId, IReadOnlyList<string> Touchpoints, string? Sentiment)> tags,
        CancellationToken cancellationToken
    )
    {
        await using var transaction = (SqliteTransaction)
            await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var update = _connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText =
            "UPDATE chunks SET touchpoints = $touchpoints, sentiment = $sentiment WHERE chunk_id = $chunk";
        var chunk = update.Parameters.Add("$chunk", SqliteType.Text);
        var touchpoints = update.Parameters.Add("$touchpoints", SqliteType.Text);
        var sentiment = update.Parameters.Add("$sentiment", SqliteType.Text);
        foreach (var tag in tags)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chunk.Value = tag.ChunkId;
            touchpoints.Value = EncodeTouchpoints(tag.Touchpoints);
            sentiment.Value = (object?)tag.Sentiment ?? DBNull.Value;
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored spellings of a source file name, compared without case.</summary>
    public async Task<IReadOnlyList<string>> SourceSpellingsAsync(string source, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT source FROM chunks WHERE source = $source COLLATE NOCASE";
        command.Parameters.AddWithValue("$source", source);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task SetMetaAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText =
            "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Turns free text into an FTS5 query: every word quoted (so user punctuation is never FTS syntax) and OR-ed, so a
    /// chunk matching some of the words still ranks and BM25 decides how well.
    /// </summary>
    internal static string? ToMatchExpression(string query)
    {
        var words = QueryWords(query);
        if (words.Count == 0)
        {
            return null;
        }
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }
            builder.Append('"').Append(word).Append('"');
        }
        return builder.ToString();
    }

    /// <summary>
    /// The distinct lower-case words of a query (letters and digits), as they are quoted into the MATCH expression.
    /// </summary>
    internal static IReadOnlyList<string> QueryWords(string query) =>
        [
            .. WordPattern()
                .Matches(query ?? "")
                .Select(m => m.Value.ToLowerInvariant())
                .Distinct(StringComparer.Ordinal),
        ];

    // Delimited so instr() matches whole ids only.
    private static string EncodeTouchpoints(IReadOnlyList<string> touchpoints) =>
        touchpoints.Count == 0 ? "" : "|" + string.Join('|', touchpoints) + "|";

    private bool HasColumn(string table, string column)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $column";
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
