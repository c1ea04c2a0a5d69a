namespace CxAssistant.Core.Evidence;

/// <summary>
/// What was read from one input file: its format, records and skipped rows, and how its columns
/// were mapped (role → column name, e.g. "text" → "comment").
/// </summary>
public sealed record SourceSummary(
    string File,
    string Format,
    int Records,
    int Skipped,
    IReadOnlyDictionary<string, string> ColumnMapping
);
