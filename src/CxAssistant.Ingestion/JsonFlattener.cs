using System.Text.Json;

namespace CxAssistant.Ingestion;

/// <summary>
/// Flattens a JSON object into columns: nested objects as dot keys, arrays of scalars joined with "; ".
/// </summary>
internal static class JsonFlattener
{
    public static void AddRow(TabularData table, JsonElement element, int line, int rowNumber)
    {
        var cells = new List<(int Column, string Value)>();
        if (element.ValueKind == JsonValueKind.Object)
        {
            Flatten(table, element, "", cells);
        }
        else if (Scalar(element) is { } scalar)
        {
            cells.Add((table.ColumnFor("text"), scalar));
        }
        var values = new string?[table.Columns.Count];
        foreach (var (column, value) in cells)
        {
            values[column] = value;
        }
        table.Rows.Add(new TabularRow(line, rowNumber, values));
    }

    private static void Flatten(TabularData table, JsonElement obj, string prefix, List<(int, string)> cells)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object)
            {
                Flatten(table, value, key, cells);
                continue;
            }
            var text = value.ValueKind == JsonValueKind.Array ? JoinArray(value) : Scalar(value);
            if (!string.IsNullOrWhiteSpace(text))
            {
                cells.Add((table.ColumnFor(key), text.Trim()));
            }
        }
    }

    private static string? JoinArray(JsonElement array)
    {
        if (array.EnumerateArray().Any(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array))
        {
            return array.GetRawText();
        }
        var parts = array.EnumerateArray().Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s));
        return string.Join("; ", parts);
    }

    private static string? Scalar(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
}
