using System.Globalization;
using CxAssistant.Core.Corrections;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Workspace;

/// <summary>
/// The team's corrections kept in the workspace (table <c>corrections</c>, docs/corrections.md): who made each and
/// when (UTC), keyed by the record's evidence id, so they survive re-importing the same file and every re-analysis.
/// </summary>
public sealed class WorkspaceCorrections
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    internal WorkspaceCorrections(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
    }

    /// <summary>Stores the corrections in one transaction (all or none) and returns them with their ids.</summary>
    public async Task<IReadOnlyList<Correction>> AddAsync(
        IReadOnlyList<(CorrectionKind Kind, string Target, string Value)> items,
        string by,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var at = _clock.GetUtcNow();
        var added = new List<Correction>(items.Count);
        await using var transaction = (SqliteTransaction)
            await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (kind, target, value) in items)
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO corrections (kind, target, value, created_by, created_at)
                VALUES ($kind, $target, $value, $by, $at) RETURNING id
                """;
            command.Parameters.AddWithValue("$kind", CorrectionNames.Of(kind));
            command.Parameters.AddWithValue("$target", target);
            command.Parameters.AddWithValue("$value", value);
            command.Parameters.AddWithValue("$by", by);
            command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
            var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            added.Add(new Correction(id, kind, target, value, by, at));
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>The corrections in force (not undone), oldest first: the order the analysis applies them in.</summary>
    public async Task<IReadOnlyList<Correction>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, kind, target, value, created_by, created_at FROM corrections
            WHERE undone_at IS NULL ORDER BY id
            """;
        var list = new List<Correction>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // A kind written by a newer cx is skipped rather than misread; the schema version guards the rest.
            if (!CorrectionNames.TryKind(reader.GetString(1), out var kind))
            {
                continue;
            }
            list.Add(
                new Correction(
                    reader.GetInt64(0),
                    kind,
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    DateTimeOffset.Parse(
                        reader.GetString(5),
                        CultureInfo.InvariantCulture,
                        DateTimeStyles.RoundtripKind
                    )
                )
            );
        }
        return list;
    }

    /// <summary>
    /// Undoes a correction in force; false when there is none with that id. The row stays, marked undone.
    /// </summary>
    public async Task<bool> UndoAsync(long id, string by, CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText =
            "UPDATE corrections SET undone_by = $by, undone_at = $at WHERE id = $id AND undone_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$by", by);
        command.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The evidence ids a person's reference names: an evidence id or its first 8+ characters, the record's own id (the
    /// id column's value, as reports show it, which may name records in several files) or <c>file:line</c> as the
    /// report cites it. At most <paramref name="limit"/> ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> FindRecordsAsync(
        string reference,
        int limit = 5,
        CancellationToken cancellationToken = default
    )
    {
        var key = reference.Trim();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT evidence_id FROM records WHERE evidence_id = $ref
            UNION SELECT evidence_id FROM records
                WHERE length($ref) >= 8 AND substr(evidence_id, 1, length($ref)) = lower($ref)
            UNION SELECT evidence_id FROM records WHERE record_id = $ref
            UNION SELECT evidence_id FROM records WHERE $file <> '' AND line = $line
                AND (source = $file OR source LIKE '%/' || $pattern ESCAPE '\')
            LIMIT $limit
            """;
        var colon = key.LastIndexOf(':');
        var line = -1;
        var isFileLine = colon > 0 && int.TryParse(key[(colon + 1)..], CultureInfo.InvariantCulture, out line);
        var file = isFileLine ? key[..colon] : "";
        command.Parameters.AddWithValue("$file", file);
        command.Parameters.AddWithValue("$pattern", file.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_"));
        command.Parameters.AddWithValue("$line", line);
        command.Parameters.AddWithValue("$ref", key);
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
