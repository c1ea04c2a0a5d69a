using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>Everything one reader needs for one file, and what it collects from it.</summary>
internal sealed class FileReadContext(
    string path,
    IngestOptions options,
    CancellationToken cancellationToken,
    string? display = null
)
{
    /// <summary>Where the file is read from.</summary>
    public string Path { get; } = path;

    /// <summary>The name records, messages and reports use for the file (see InputFileFinder.Find).</summary>
    public string Display { get; } = display ?? path;
    public string FileName { get; } = System.IO.Path.GetFileName(path);
    public IngestOptions Options { get; } = options;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public string Format { get; set; } = "";
    public List<EvidenceRecord> Records { get; } = [];
    public List<SkippedInput> Skipped { get; } = [];
    public Dictionary<string, string> ColumnMapping { get; } = new(StringComparer.Ordinal);

    public void Skip(int? line, string reason) => Skipped.Add(new SkippedInput(Display, line, reason));

    /// <summary>
    /// Adds a record within the input limits: a field (the text or a metadata value) longer than
    /// <see cref="IngestOptions.MaxFieldChars"/> is truncated, and a record longer than
    /// <see cref="IngestOptions.MaxRecordChars"/> in all is skipped, each with a note naming the line and the limit.
    /// </summary>
    public void Add(EvidenceRecord record)
    {
        var line = record.Source.Line;
        var text = Truncate(record.Text, "text", line);
        Dictionary<string, string>? metadata = null;
        long total = text.Length;
        foreach (var (key, value) in record.Metadata)
        {
            var kept = Truncate(value, key, line);
            total += kept.Length + key.Length;
            if (!ReferenceEquals(kept, value))
            {
                (metadata ??= new(record.Metadata, StringComparer.OrdinalIgnoreCase))[key] = kept;
            }
        }
        if (total > Options.MaxRecordChars)
        {
            Skip(
                line,
                $"record is {total:N0} characters, more than the {Options.MaxRecordChars:N0} limit "
                    + $"({InputLimits.RecordOption}); record skipped"
            );
            return;
        }
        Records.Add(
            ReferenceEquals(text, record.Text) && metadata is null
                ? record
                : record with
                {
                    Text = text,
                    Metadata = metadata ?? record.Metadata,
                }
        );
    }

    private string Truncate(string value, string field, int line)
    {
        var limit = Options.MaxFieldChars;
        if (value.Length <= limit)
        {
            return value;
        }
        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(value[limit - 1]) ? limit - 1 : limit;
        var name =
            field == "text" && ColumnMapping.TryGetValue(ColumnRoles.Text, out var column)
                ? $"text (column '{column}')"
                : $"'{field}'";
        Skip(
            line,
            $"field {name} is {value.Length:N0} characters, more than the {limit:N0} limit "
                + $"({InputLimits.FieldOption}); truncated"
        );
        return value[..cut];
    }

    public SourceLocation At(int line) => new(Display, line);

    public string Hash(string recordId, string text) => EvidenceIds.ContentHash(FileName, recordId, text);

    /// <summary>Checked every 1024 items so long loops stay cancellable without measurable cost.</summary>
    public void ThrowIfCancelled(int counter)
    {
        if ((counter & 1023) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }
}
