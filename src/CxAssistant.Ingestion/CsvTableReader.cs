using CsvHelper;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads CSV/TSV with CsvHelper: separator detected among , ; tab | (or Excel's "sep=" hint), quoted
/// line breaks, ragged rows. The first record is the header (trimmed, blanks and repeats renamed).
/// Each row keeps the physical line it starts on, counting lines inside quoted fields. Qualtrics'
/// extra header rows are removed (see <see cref="SurveyExportHeaders"/>).
/// </summary>
internal static class CsvTableReader
{
    public static TabularData Read(DecodedText input, bool tabSeparated, FileReadContext context)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = true,
            Separator = tabSeparated ? '\t' : null,
            // Recovered records are kept, but the user hears where the quoting went wrong.
            OnMalformedRecord = bad =>
                context.Skip(
                    bad.LineNumber > 0 ? (int)bad.LineNumber : null,
                    $"malformed quoting ({ColumnName.Normalize(bad.Reason.ToString())}); "
                        + $"{(bad.Skipped ? "row skipped" : "read as well as possible")}"
                ),
        };
        using var reader = CsvReader.Create(input.Utf8(), options);
        var table = new TabularData();
        var rowNumber = 0;
        var headerRead = false;
        while (reader.Read())
        {
            var count = reader.FieldCount;
            if (!headerRead)
            {
                for (var i = 0; i < count; i++)
                {
                    table.AddColumn(reader.GetString(i));
                }
                headerRead = true;
                continue;
            }
            rowNumber++;
            context.ThrowIfCancelled(rowNumber);
            while (table.Columns.Count < count)
            {
                table.AddColumn(null);
            }
            var values = new string?[count];
            for (var i = 0; i < count; i++)
            {
                var value = reader.GetString(i);
                values[i] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }
            table.Rows.Add(new TabularRow((int)reader.LineNumber, rowNumber, values));
        }
        if (!headerRead)
        {
            throw new InputFileException("empty file");
        }
        context.Format = tabSeparated || reader.Separator == '\t' ? "tsv" : "csv";
        SurveyExportHeaders.Strip(table);
        return table;
    }
}
