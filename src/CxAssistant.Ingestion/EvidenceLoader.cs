using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads files and folders into evidence records. Formats: CSV/TSV, JSON/JSONL/NDJSON, plain-text
/// transcripts and notes (.txt), WebVTT (.vtt) and Markdown notes (.md). A file that cannot be used is
/// reported in <see cref="IngestResult.Skipped"/> and the other files still load.
/// </summary>
public sealed class EvidenceLoader
{
    /// <summary>File extensions read (".csv", ".jsonl"…), for help texts and file pickers.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions { get; } = [.. InputFileFinder.Formats.Keys];

    /// <summary>
    /// Loads every supported file among <paramref name="paths"/> (files, or folders searched recursively).
    /// Never throws for bad input files: they are reported in <see cref="IngestResult.Skipped"/>.
    /// Throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public IngestResult Load(
        IEnumerable<string> paths,
        IngestOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        var records = new List<EvidenceRecord>();
        var sources = new List<SourceSummary>();
        var skipped = new List<SkippedInput>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, display) in InputFileFinder.Find(paths, skipped, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new FileReadContext(file, options, cancellationToken, display);
            if (ReadFile(context) is { } failure)
            {
                skipped.Add(failure);
                continue;
            }
            if (context.Records.Count == 0 && context.Skipped.Count == 0)
            {
                skipped.Add(new SkippedInput(display, null, "no evidence found in file"));
                continue;
            }
            foreach (var record in context.Records)
            {
                records.Add(WithUniqueId(record, ids));
            }
            skipped.AddRange(context.Skipped);
            sources.Add(
                new SourceSummary(
                    display,
                    context.Format,
                    context.Records.Count,
                    context.Skipped.Count,
                    context.ColumnMapping
                )
            );
        }
        return new IngestResult(records, sources, skipped);
    }

    /// <summary>Reads one file into its context; returns the reason when the whole file is unusable.</summary>
    private static SkippedInput? ReadFile(FileReadContext context)
    {
        var path = context.Path;
        var display = context.Display;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > context.Options.MaxFileBytes)
            {
                return new SkippedInput(
                    display,
                    null,
                    $"file is {Size(length)}, larger than the {Size(context.Options.MaxFileBytes)} limit"
                );
            }
            var input = TextDecoder.Decode(File.ReadAllBytes(path), context.CancellationToken);
            if (input.Note is { } note)
            {
                context.Skip(input.NoteLine, note);
            }
            // The text is decoded here only for the readers that need it: CSV reads the file's own UTF-8 bytes.
            var format = InputFileFinder.Formats[Path.GetExtension(path)];
            switch (format)
            {
                case "csv" or "tsv":
                    TableRecordBuilder.Build(CsvTableReader.Read(input, format == "tsv", context), context);
                    break;
                case "json":
                    TableRecordBuilder.Build(JsonTableReader.ReadDocument(input.Text, context), context);
                    break;
                case "jsonl":
                    TableRecordBuilder.Build(JsonTableReader.ReadLines(input.Text, context), context);
                    break;
                case "vtt":
                    VttReader.Read(input.Text, context);
                    break;
                case "markdown":
                    MarkdownNotesReader.Read(input.Text, context);
                    break;
                default:
                    TextTranscriptReader.Read(input.Text, context);
                    break;
            }
            return null;
        }
        catch (InputFileException ex)
        {
            return new SkippedInput(display, ex.Line, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SkippedInput(display, null, $"could not read file: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A reader bug on one odd file must not lose the user's other files.
            return new SkippedInput(display, null, $"could not read file ({ex.GetType().Name}): {ex.Message}");
        }
    }

    /// <summary>
    /// Two records with the same file name, record id and text (e.g. the same file in two folders, or a
    /// repeated id) would share a hash; later ones get the line folded in so ids stay unique and stable.
    /// </summary>
    private static EvidenceRecord WithUniqueId(EvidenceRecord record, HashSet<string> ids)
    {
        if (ids.Add(record.Id))
        {
            return record;
        }
        var fileName = Path.GetFileName(record.Source.File);
        for (var n = 2; ; n++)
        {
            var id = EvidenceIds.ContentHash(fileName, $"{record.RecordId}@{record.Source.Line}#{n}", record.Text);
            if (ids.Add(id))
            {
                return record with { Id = id };
            }
        }
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MiB" : $"{bytes / 1024.0:0.#} KiB";
}
