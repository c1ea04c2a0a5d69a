namespace CxAssistant.Ingestion;

/// <summary>
/// Rows and columns read from a CSV, TSV, JSON or JSONL file, before columns are given roles.
/// Rows may be shorter than <see cref="Columns"/> (columns first seen later, ragged CSV rows).
/// </summary>
internal sealed class TabularData
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public List<string> Columns { get; } = [];
    public List<TabularRow> Rows { get; } = [];

    /// <summary>
    /// Longer labels for some columns (the question texts of a Qualtrics export), used as name hints.
    /// </summary>
    public Dictionary<int, string> Descriptions { get; } = [];

    /// <summary>Adds a column, renaming blanks to "column_N" and repeats to "name_2", "name_3"….</summary>
    public int AddColumn(string? name)
    {
        var baseName = string.IsNullOrWhiteSpace(name) ? $"column_{Columns.Count + 1}" : name.Trim().Trim('\uFEFF');
        var unique = baseName;
        // The next suffix to try is remembered per name, so a header repeating one name many times stays linear.
        for (var n = _nextSuffix.GetValueOrDefault(baseName, 2); _index.ContainsKey(unique); n++)
        {
            unique = $"{baseName}_{n}";
            _nextSuffix[baseName] = n + 1;
        }
        _index[unique] = Columns.Count;
        Columns.Add(unique);
        return Columns.Count - 1;
    }

    /// <summary>The column with exactly this name, adding it if new (JSON keys).</summary>
    public int ColumnFor(string name) => _index.TryGetValue(name, out var i) ? i : AddColumn(name);
}

/// <summary>One data row: the physical line it starts on, its 1-based data row number, and its cells.</summary>
internal sealed record TabularRow(int Line, int RowNumber, string?[] Values)
{
    public string? this[int column] => column < Values.Length ? Values[column] : null;
}
