using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Ingestion;

/// <summary>Everything one reader needs for one file, and what it collects from it.</summary>
internal sealed class FileReadContext(string path, IngestOptions options, CancellationToken cancellationToken, string? display = null)
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

    public SourceLocation At(int line) => new(Display, line);

    public string Hash(string recordId, string text) => EvidenceIds.ContentHash(FileName, recordId, text);

    /// <summary>Checked every 1024 items so long loops stay cancellable without measurable cost.</summary>
    public void ThrowIfCancelled(int counter)
    {
        if ((counter & 1023) == 0) CancellationToken.ThrowIfCancellationRequested();
    }
}
