using System.Globalization;
using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// The small path language assertions use to point into outputs: dot-separated property names, <c>[n]</c> indexes
/// and <c>[*]</c> for every element (<c>annotations[*].quotes[*].text</c>). An empty path is the whole output.
/// </summary>
public static class JsonPath
{
    /// <summary>Every node the path reaches (missing steps yield nothing; a missing leaf yields null).</summary>
    public static IReadOnlyList<JsonNode?> Select(JsonNode? root, string? path)
    {
        IEnumerable<JsonNode?> current = [root];
        if (string.IsNullOrWhiteSpace(path))
        {
            return [root];
        }
        foreach (var step in Steps(path))
        {
            current = step switch
            {
                "*" => current.SelectMany(n => n is JsonArray a ? a.AsEnumerable() : []),
                ['#', .. var index] => current
                    .Select(n =>
                        n is JsonArray a && int.Parse(index, CultureInfo.InvariantCulture) is var i && i < a.Count
                            ? a[i]
                            : null
                    )
                    .Where(n => n is not null),
                _ => current.Where(n => n is JsonObject o && o.ContainsKey(step)).Select(n => n![step]),
            };
        }
        return [.. current];
    }

    /// <summary>The first node the path reaches, or null.</summary>
    public static JsonNode? First(JsonNode? root, string? path) => Select(root, path).FirstOrDefault();

    /// <summary>A node as a label: strings as they are, null as "none", arrays by their first element.</summary>
    public static string Label(JsonNode? node) =>
        node switch
        {
            null => "none",
            JsonArray a => a.Count == 0 ? "none" : Label(a[0]),
            JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrEmpty(s) ? "none" : s,
            _ => node.ToJsonString(),
        };

    /// <summary>Reads a number whatever CLR type backs the node (parsed JSON, int or double).</summary>
    public static bool TryNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v
            && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static IEnumerable<string> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[');
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                yield return name;
            }
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                if (close < 0)
                {
                    throw new AssertionException($"path '{path}': missing ']'.");
                }
                var inner = part[(bracket + 1)..close];
                if (inner == "*")
                {
                    yield return "*";
                }
                else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    yield return "#" + inner;
                }
                else
                {
                    throw new AssertionException($"path '{path}': '[{inner}]' is neither an index nor '*'.");
                }
                bracket = part.IndexOf('[', close);
            }
        }
    }
}
