namespace CxAssistant.Ingestion;

/// <summary>
/// The columns of a tabular file (CSV, TSV, JSON, JSONL) and the roles detection gives them, so a user interface can
/// show the mapping and let the user override it before import. Formats without columns (.txt, .vtt, .md) return
/// an empty column list. Detection errors ("no text column found…") are returned as <see cref="Problem"/>.
/// </summary>
public sealed record ColumnPreview(string Format, IReadOnlyList<string> Columns, IReadOnlyDictionary<string, string> Roles,
    IReadOnlyList<IReadOnlyList<string?>> SampleRows, int RowCount, string? Problem)
{
    /// <summary>Reads <paramref name="path"/> (shown to users as <paramref name="display"/>) and detects its columns with <paramref name="options"/>' overrides.</summary>
    public static ColumnPreview Read(string path, string display, IngestOptions options, int sampleRows = 5)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = InputFileFinder.Formats.TryGetValue(Path.GetExtension(path), out var f) ? f : "unsupported";
        if (format is not ("csv" or "tsv" or "json" or "jsonl")) return new(format, [], new Dictionary<string, string>(), [], 0, null);
        var context = new FileReadContext(path, options, CancellationToken.None, display);
        TabularData table;
        try
        {
            var input = TextDecoder.Decode(File.ReadAllBytes(path));
            table = format switch
            {
                "json" => JsonTableReader.ReadDocument(input.Text, context),
                "jsonl" => JsonTableReader.ReadLines(input.Text, context),
                _ => CsvTableReader.Read(input, format == "tsv", context),
            };
        }
        catch (InputFileException ex)
        {
            return new(format, [], new Dictionary<string, string>(), [], 0, ex.Message);
        }
        var samples = table.Rows.Take(sampleRows).Select(r => (IReadOnlyList<string?>)[.. table.Columns.Select((_, i) => r[i])]).ToList();
        try
        {
            var detected = ColumnDetector.Detect(table, options, display);
            var roles = detected.Roles.ToDictionary(r => r.Key, r => table.Columns[r.Value], StringComparer.Ordinal);
            return new(format, table.Columns, roles, samples, table.Rows.Count, null);
        }
        catch (InputFileException ex)
        {
            return new(format, table.Columns, new Dictionary<string, string>(), samples, table.Rows.Count, ex.Message);
        }
    }
}
