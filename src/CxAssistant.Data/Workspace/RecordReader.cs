using System.Globalization;
using System.Text.Json;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Workspace;

/// <summary>Reads everything in a workspace back into the shape <see cref="EvidenceLoader"/> produces.</summary>
internal static class RecordReader
{
    public static async Task<IngestResult> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // The metadata rows (several per record) are read on a second, read-only connection while this one reads the
        // records; both see the same committed state (no write is in progress while a workspace loads).
        var metadataTask = Task.Run(
            () => ReadMetadataOnOwnConnectionAsync(connection.ConnectionString, cancellationToken),
            cancellationToken
        );
        var rows = new List<RecordRow>();
        try
        {
            await using var command = connection.CreateCommand();
            // Source import order, then the order the loader produced within the file (rowid), so an analysis of
            // the workspace sees the records in the same order as an analysis of the files.
            command.CommandText = """
                SELECT evidence_id, record_id, source, line, channel, customer_id, timestamp, text, speaker,
                       rating, nps, csat, ces
                FROM records ORDER BY source_id, rowid
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(
                    new RecordRow(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetInt32(3),
                        reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        reader.IsDBNull(6) ? null : ParseTimestamp(reader.GetString(6)),
                        reader.GetString(7),
                        reader.IsDBNull(8) ? null : reader.GetString(8),
                        reader.IsDBNull(9) ? null : reader.GetDouble(9),
                        reader.IsDBNull(10) ? null : reader.GetInt32(10),
                        reader.IsDBNull(11) ? null : reader.GetDouble(11),
                        reader.IsDBNull(12) ? null : reader.GetDouble(12)
                    )
                );
            }
        }
        finally
        {
            // Never leave the metadata reader running on its connection; its own failure surfaces below.
            await Task.WhenAny(metadataTask).ConfigureAwait(false);
        }
        var metadata = await metadataTask.ConfigureAwait(false);
        var records = new List<EvidenceRecord>(rows.Count);
        foreach (var row in rows)
        {
            records.Add(
                new EvidenceRecord
                {
                    Id = row.Id,
                    RecordId = row.RecordId,
                    Source = new SourceLocation(row.Source, row.Line),
                    Channel = ChannelNames.TryParse(row.Channel) ?? Channel.Other,
                    CustomerId = row.CustomerId,
                    Timestamp = row.Timestamp,
                    Text = row.Text,
                    Speaker = row.Speaker,
                    Rating = row.Rating,
                    Nps = row.Nps,
                    Csat = row.Csat,
                    Ces = row.Ces,
                    Metadata = metadata.TryGetValue(row.Id, out var values)
                        ? values
                        : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
                }
            );
        }
        var sources = await ReadSourcesAsync(connection, cancellationToken).ConfigureAwait(false);
        var skipped = await ReadSkippedAsync(connection, cancellationToken).ConfigureAwait(false);
        return new IngestResult(records, sources, skipped);
    }

    private readonly record struct RecordRow(
        string Id,
        string RecordId,
        string Source,
        int Line,
        string Channel,
        string? CustomerId,
        DateTimeOffset? Timestamp,
        string Text,
        string? Speaker,
        double? Rating,
        int? Nps,
        double? Csat,
        double? Ces
    );

    private static async Task<Dictionary<string, Dictionary<string, string>>> ReadMetadataOnOwnConnectionAsync(
        string connectionString,
        CancellationToken cancellationToken
    )
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadMetadataAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    // RecordWriter stores the round-trip ("O") form, which has a fast exact parser; anything else takes the general
    // one.
    private static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.TryParseExact(
            value,
            "O",
            CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind,
            out var parsed
        )
            ? parsed
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static async Task<Dictionary<string, Dictionary<string, string>>> ReadMetadataAsync(
        SqliteConnection connection,
        CancellationToken cancellationToken
    )
    {
        var byId = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT evidence_id, key, value FROM metadata ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            if (!byId.TryGetValue(id, out var values))
            {
                byId[id] = values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }
            values[reader.GetString(1)] = reader.GetString(2);
        }
        return byId;
    }

    private static async Task<List<SourceSummary>> ReadSourcesAsync(
        SqliteConnection connection,
        CancellationToken cancellationToken
    )
    {
        var sources = new List<SourceSummary>();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT file, format, record_count, skipped_count, column_mapping FROM sources ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4)) ?? [];
            sources.Add(
                new SourceSummary(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.GetInt32(3),
                    mapping
                )
            );
        }
        return sources;
    }

    private static async Task<List<SkippedInput>> ReadSkippedAsync(
        SqliteConnection connection,
        CancellationToken cancellationToken
    )
    {
        var skipped = new List<SkippedInput>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, line, reason FROM skipped ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            skipped.Add(
                new SkippedInput(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetString(2)
                )
            );
        }
        return skipped;
    }
}
