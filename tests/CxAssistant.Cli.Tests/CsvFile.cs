using CsvHelper;

namespace CxAssistant.Cli.Tests;

/// <summary>Reads an output CSV the way a spreadsheet user's tool would (RFC 4180, CsvHelper).</summary>
internal static class CsvFile
{
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Read(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            rows.Add(row.ToDictionary()!);
        }
        return ([.. reader.Headers], rows);
    }
}
