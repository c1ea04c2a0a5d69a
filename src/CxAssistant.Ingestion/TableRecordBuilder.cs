using System.Globalization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Turns the rows of a table into evidence records once columns have roles. A row without text is kept with
/// empty text when it carries a score (so metrics count it) and passed over otherwise; a score or date that
/// does not parse is dropped from its row with a note, and the row is kept.
/// </summary>
internal static class TableRecordBuilder
{
    public static void Build(TabularData table, FileReadContext context)
    {
        if (table.Rows.Count == 0)
        {
            throw new InputFileException("no data rows");
        }
        var columns = ColumnDetector.Detect(table, context.Options, context.FileName);
        foreach (var (role, index) in columns.Roles)
        {
            context.ColumnMapping[role] = table.Columns[index];
        }
        var textColumn = columns[ColumnRoles.Text]!.Value;
        var mapped = columns.Roles.Values.ToHashSet();
        var defaultChannel = context.Options.ForcedChannel ?? ColumnDetector.DefaultChannel(columns, context.FileName);
        var counter = 0;
        foreach (var row in table.Rows)
        {
            context.ThrowIfCancelled(++counter);
            if (Array.TrueForAll(row.Values, v => v is null))
            {
                continue;
            }
            var text = row[textColumn];
            if (text is null)
            {
                // Score-only answers are common in surveys: keep them (empty text) so NPS/CSAT count them.
                // A row with neither text nor a score carries nothing to analyse and is passed over.
                var scores = new[] { ColumnRoles.Nps, ColumnRoles.Csat, ColumnRoles.Ces, ColumnRoles.Rating }.Any(
                    role => columns[role] is { } i && row[i] is not null
                );
                if (!scores)
                {
                    continue;
                }
                text = "";
            }
            var recordId =
                columns[ColumnRoles.Id] is { } id && row[id] is { } idValue
                    ? idValue
                    : row.RowNumber.ToString(CultureInfo.InvariantCulture);
            var metadata = new Dictionary<string, string>(row.Values.Length, StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < row.Values.Length; c++)
            {
                if (!mapped.Contains(c) && row.Values[c] is { } value)
                {
                    metadata[table.Columns[c]] = value;
                }
            }
            var values = new RowValues(table, row, columns, context);
            context.Add(
                new EvidenceRecord
                {
                    Id = context.Hash(recordId, text),
                    RecordId = recordId,
                    Source = context.At(row.Line),
                    Channel = context.Options.ForcedChannel ?? values.Channel(metadata) ?? defaultChannel,
                    Text = text,
                    CustomerId = columns[ColumnRoles.Customer] is { } customer ? row[customer] : null,
                    Timestamp = values.Timestamp(),
                    Rating = values.Score(ColumnRoles.Rating, 1, 5, "a rating from 1 to 5"),
                    Nps = values.Score(ColumnRoles.Nps, 0, 10, "a whole number from 0 to 10", integer: true) is { } nps
                        ? (int)nps
                        : null,
                    Csat = values.Score(ColumnRoles.Csat, 1, 5, "a CSAT score from 1 to 5"),
                    Ces = values.Score(ColumnRoles.Ces, 1, 7, "a CES score from 1 to 7"),
                    Metadata = metadata,
                }
            );
        }
    }

    /// <summary>Reads the role cells of one row, noting values that cannot be used.</summary>
    private readonly struct RowValues(
        TabularData table,
        TabularRow row,
        DetectedColumns columns,
        FileReadContext context
    )
    {
        public double? Score(string role, double low, double high, string expected, bool integer = false)
        {
            if (columns[role] is not { } index || row[index] is not { } raw)
            {
                return null;
            }
            if (
                ScoreParser.TryParse(raw, out var score)
                && score >= low
                && score <= high
                && (!integer || ScoreParser.IsInteger(score))
            )
            {
                return integer ? Math.Round(score) : score;
            }
            context.Skip(
                row.Line,
                $"{role} value '{raw}' in column '{table.Columns[index]}' is not {expected}; kept the row without it"
            );
            return null;
        }

        public DateTimeOffset? Timestamp()
        {
            if (columns[ColumnRoles.Time] is not { } index || row[index] is not { } raw)
            {
                return null;
            }
            if (TimestampParser.TryParse(raw, columns.DayFirstDates, columns.TimeByName, out var timestamp))
            {
                return timestamp;
            }
            context.Skip(
                row.Line,
                $"time value '{raw}' in column '{table.Columns[index]}' is not a date; kept the row without it"
            );
            return null;
        }

        /// <summary>The row's channel cell, when it names one; an unknown value is kept as metadata instead.</summary>
        public Channel? Channel(Dictionary<string, string> metadata)
        {
            if (columns[ColumnRoles.Channel] is not { } index || row[index] is not { } raw)
            {
                return null;
            }
            var channel = ChannelInference.FromValue(raw);
            if (channel is null)
            {
                metadata[table.Columns[index]] = raw;
            }
            return channel;
        }
    }
}
