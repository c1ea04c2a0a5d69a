namespace CxAssistant.Ingestion;

/// <summary>
/// The columns of a tabular file (CSV, TSV, JSON, JSONL) and the roles detection gives them, so a user interface can
/// show the mapping and let the user override it before import. Formats without columns (.txt, .vtt, .md) return
/// an empty column list and their first turns in <see cref="Turns"/> instead. Detection errors ("no text column
/// found…") are returned as <see cref="Problem"/>; lines that import would skip (a broken JSONL line) as
/// <see cref="Warnings"/>, so the user sees them before importing.
/// </summary>
public sealed record ColumnPreview(
    string Format,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Roles,
    IReadOnlyList<IReadOnlyList<string?>> SampleRows,
    int RowCount,
    string? Problem
)
{
    /// <summary>
    /// Lines or rows import would skip, with the line number and the reason ("line 7: line is not a JSON object").
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A transcript's or note's first turns (speaker, text), as import would make them records.</summary>
    public IReadOnlyList<(string? Speaker, string Text)> Turns { get; init; } = [];

    /// <summary>
    /// Reads <paramref name="path"/> (shown to users as <paramref name="display"/>) and detects its columns with
    /// <paramref name="options"/>' overrides.
    /// </summary>
    public static ColumnPreview Read(string path, string display, IngestOptions options, int sampleRows = 5)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = InputFileFinder.Formats.TryGetValue(Path.GetExtension(path), out var f) ? f : "unsupported";
        var context = new FileReadContext(path, options, CancellationToken.None, display);
        if (format is not ("csv" or "tsv" or "json" or "jsonl"))
        {
            return ReadTurns(path, format, context, sampleRows);
        }
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
            return new(format, [], new Dictionary<string, string>(), [], 0, ex.Message)
            {
                Warnings = SkippedLines(context),
            };
        }
        var samples = table
            .Rows.Take(sampleRows)
            .Select(r => (IReadOnlyList<string?>)[.. table.Columns.Select((_, i) => r[i])])
            .ToList();
        try
        {
            var detected = ColumnDetector.Detect(table, options, display);
            var roles = detected.Roles.ToDictionary(r => r.Key, r => table.Columns[r.Value], StringComparer.Ordinal);
            return new(format, table.Columns, roles, samples, table.Rows.Count, null)
            {
                Warnings = SkippedLines(context),
            };
        }
        catch (InputFileException ex)
        {
            return new(format, table.Columns, new Dictionary<string, string>(), samples, table.Rows.Count, ex.Message)
            {
                Warnings = SkippedLines(context),
            };
        }
    }

    private static ColumnPreview ReadTurns(string path, string format, FileReadContext context, int sampleRows)
    {
        var empty = new Dictionary<string, string>();
        if (format == "unsupported")
        {
            return new(format, [], empty, [], 0, null);
        }
        try
        {
            var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            switch (format)
            {
                case "vtt":
                    VttReader.Read(text, context);
                    break;
                case "markdown":
                    MarkdownNotesReader.Read(text, context);
                    break;
                default:
                    TextTranscriptReader.Read(text, context);
                    break;
            }
        }
        catch (InputFileException ex)
        {
            return new(format, [], empty, [], 0, ex.Message) { Warnings = SkippedLines(context) };
        }
        return new(format, [], empty, [], context.Records.Count, null)
        {
            Warnings = SkippedLines(context),
            Turns = [.. context.Records.Take(sampleRows * 2).Select(r => (r.Speaker, r.Text))],
        };
    }

    private static List<string> SkippedLines(FileReadContext context) =>
        [.. context.Skipped.Take(20).Select(s => s.Line is { } line ? $"line {line}: {s.Reason}" : s.Reason)];
}
