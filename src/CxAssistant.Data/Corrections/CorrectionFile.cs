using CsvHelper;
using CxAssistant.Core.Corrections;

namespace CxAssistant.Data.Corrections;

/// <summary>
/// A CSV of corrections (docs/corrections.md): columns <c>kind,target,value</c> with a header row. Each line is read
/// with its line number, so every problem can name the file and the line.
/// </summary>
public static class CorrectionFile
{
    public static readonly string[] Columns = ["kind", "target", "value"];

    /// <summary>
    /// The file's lines as requests, and its problems ("corrections.csv, line 4: unknown kind 'sentimnt' …").
    /// </summary>
    public static (IReadOnlyList<(int Line, CorrectionRequest Request)> Lines, IReadOnlyList<string> Problems) Read(
        string path
    )
    {
        var name = Path.GetFileName(path);
        var lines = new List<(int, CorrectionRequest)>();
        var problems = new List<string>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
        };
        using var csv = CsvReader.Create(new ReadOnlyMemory<byte>(File.ReadAllBytes(path)), options);
        if (!csv.Read())
        {
            return ([], [$"{name}: empty file (expected a header row: {string.Join(",", Columns)})"]);
        }
        var header = Enumerable
            .Range(0, csv.FieldCount)
            .Select(i => csv.GetString(i).Trim().TrimStart('\uFEFF').ToLowerInvariant())
            .ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (
                [],
                [
                    $"{name}, line 1: missing column(s) {string.Join(", ", missing)} "
                        + $"(expected: {string.Join(",", Columns)})",
                ]
            );
        }
        string Field(string column) =>
            header.IndexOf(column) is var i && i < csv.FieldCount ? csv.GetString(i).Trim() : "";
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var kindText = Field("kind");
            var target = Field("target");
            var value = Field("value");
            if (kindText.Length == 0 && target.Length == 0 && value.Length == 0)
            {
                continue;
            }
            if (!CorrectionNames.TryKind(kindText, out var kind))
            {
                problems.Add(
                    $"{name}, line {line}: unknown kind '{kindText}' (use "
                        + $"{string.Join(", ", CorrectionNames.KindNames)})"
                );
                continue;
            }
            lines.Add((line, new CorrectionRequest(kind, target, value)));
        }
        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{name}: no corrections in the file");
        }
        return (lines, problems);
    }
}
