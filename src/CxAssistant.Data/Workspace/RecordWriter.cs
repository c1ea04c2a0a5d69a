using System.Globalization;
using System.Text.Json;
using CxAssistant.Core.Evidence;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Workspace;

/// <summary>
/// Writes one file's source row, records, metadata and skipped rows inside the caller's transaction, with
/// prepared statements reused for every row (the insert loop runs once per record of large imports).
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    /// <summary>Progress is reported, and cancellation checked, every this many records.</summary>
    public const int BatchSize = 1000;

    private readonly SqliteCommand _record;
    private readonly SqliteCommand _metadata;
    private readonly SqliteCommand _skipped;

    // Multi-row metadata inserts, by row count (2..MaxMetadataRows), prepared on first use.
    private const int MaxMetadataRows = 16;
    private readonly SqliteCommand?[] _metadataRows = new SqliteCommand?[MaxMetadataRows + 1];
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public RecordWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _record = Prepare(
            """
            INSERT OR IGNORE INTO records (evidence_id, source_id, record_id, source, line, channel, customer_id,
                timestamp, text, speaker, rating, nps, csat, ces)
            VALUES ($id, $source_id, $record_id, $source, $line, $channel, $customer_id,
                $timestamp, $text, $speaker, $rating, $nps, $csat, $ces)
            """,
            "$id",
            "$source_id",
            "$record_id",
            "$source",
            "$line",
            "$channel",
            "$customer_id",
            "$timestamp",
            "$text",
            "$speaker",
            "$rating",
            "$nps",
            "$csat",
            "$ces"
        );
        _metadata = Prepare(
            "INSERT OR IGNORE INTO metadata (evidence_id, key, value) VALUES ($id, $key, $value)",
            "$id",
            "$key",
            "$value"
        );
        _skipped = Prepare(
            "INSERT INTO skipped (source_id, file, line, reason) VALUES ($source_id, $file, $line, $reason)",
            "$source_id",
            "$file",
            "$line",
            "$reason"
        );
    }

    public long InsertSource(SourceSummary source, string fileKey, string contentHash, DateTimeOffset importedAt)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = """
            INSERT INTO sources (
                file, file_key, content_hash, format, column_mapping, imported_at, record_count, skipped_count)
            VALUES ($file, $file_key, $hash, $format, $mapping, $imported_at, $records, $skipped);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$file", source.File);
        command.Parameters.AddWithValue("$file_key", fileKey);
        command.Parameters.AddWithValue("$hash", contentHash);
        command.Parameters.AddWithValue("$format", source.Format);
        command.Parameters.AddWithValue("$mapping", JsonSerializer.Serialize(source.ColumnMapping));
        command.Parameters.AddWithValue("$imported_at", importedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$records", source.Records);
        command.Parameters.AddWithValue("$skipped", source.Skipped);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Inserts the record unless its evidence id is already stored; true when it was added.</summary>
    public bool InsertRecord(EvidenceRecord record, long sourceId)
    {
        var p = _record.Parameters;
        p[0].Value = record.Id;
        p[1].Value = sourceId;
        p[2].Value = record.RecordId;
        p[3].Value = record.Source.File;
        p[4].Value = record.Source.Line;
        p[5].Value = record.Channel.ToName();
        p[6].Value = (object?)record.CustomerId ?? DBNull.Value;
        p[7].Value = record.Timestamp is { } t ? t.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;
        p[8].Value = record.Text;
        p[9].Value = (object?)record.Speaker ?? DBNull.Value;
        p[10].Value = (object?)record.Rating ?? DBNull.Value;
        p[11].Value = (object?)record.Nps ?? DBNull.Value;
        p[12].Value = (object?)record.Csat ?? DBNull.Value;
        p[13].Value = (object?)record.Ces ?? DBNull.Value;
        if (_record.ExecuteNonQuery() == 0)
        {
            return false;
        }
        var count = record.Metadata.Count;
        if (count > 1 && count <= MaxMetadataRows)
        {
            // One multi-row statement per record instead of one per entry: same rows, same order, same OR IGNORE per
            // row.
            var command = _metadataRows[count] ??= PrepareMetadataRows(count);
            var parameters = command.Parameters;
            var i = 0;
            foreach (var (key, value) in record.Metadata)
            {
                parameters[i++].Value = record.Id;
                parameters[i++].Value = key;
                parameters[i++].Value = value;
            }
            command.ExecuteNonQuery();
            return true;
        }
        foreach (var (key, value) in record.Metadata)
        {
            _metadata.Parameters[0].Value = record.Id;
            _metadata.Parameters[1].Value = key;
            _metadata.Parameters[2].Value = value;
            _metadata.ExecuteNonQuery();
        }
        return true;
    }

    private SqliteCommand PrepareMetadataRows(int count)
    {
        var values = string.Join(", ", Enumerable.Range(0, count).Select(i => $"($id{i}, $key{i}, $value{i})"));
        var names = Enumerable.Range(0, count).SelectMany(i => new[] { $"$id{i}", $"$key{i}", $"$value{i}" }).ToArray();
        return Prepare($"INSERT OR IGNORE INTO metadata (evidence_id, key, value) VALUES {values}", names);
    }

    public void InsertSkipped(SkippedInput skipped, long sourceId)
    {
        _skipped.Parameters[0].Value = sourceId;
        _skipped.Parameters[1].Value = skipped.File;
        _skipped.Parameters[2].Value = (object?)skipped.Line ?? DBNull.Value;
        _skipped.Parameters[3].Value = skipped.Reason;
        _skipped.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _record.Dispose();
        _metadata.Dispose();
        _skipped.Dispose();
        foreach (var command in _metadataRows)
        {
            command?.Dispose();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }
        command.Prepare();
        return command;
    }
}
