using System.Text.Json;

namespace CxAssistant.Ingestion;

/// <summary>Finds the array that holds a JSON file's records and where each of its items starts.</summary>
internal static class JsonRecordLocator
{
    /// <summary>
    /// Property path to the record array: empty for a top-level array; else the largest array of objects
    /// among the root's properties, or one level further down ({"data":{"items":[…]}}); null when the
    /// root object is itself the only record.
    /// </summary>
    public static string[]? FindRecordArray(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [];
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (Largest(root) is { } top)
        {
            return [top];
        }
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && Largest(property.Value) is { } inner)
            {
                return [property.Name, inner];
            }
        }
        return null;
    }

    private static string? Largest(JsonElement obj)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            var count = property.Value.GetArrayLength();
            if (count > bestCount && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                (best, bestCount) = (property.Name, count);
            }
        }
        return best;
    }

    /// <summary>Byte offsets of the items of the array at <paramref name="path"/>, in order.</summary>
    public static List<long> ElementOffsets(byte[] json, string[] path, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, options);
        reader.Read();
        foreach (var name in path)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    break;
                }
                reader.Skip();
            }
        }
        var offsets = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            offsets.Add(reader.TokenStartIndex);
            reader.Skip();
        }
        return offsets;
    }
}
