using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// Converts a YAML document to a JSON tree (so one schema and one serializer cover both), remembering the YAML line
/// of every JSON path so errors can name it. Plain scalars become numbers, booleans or null when they look like one;
/// quoted scalars stay strings.
/// </summary>
internal static class YamlJson
{
    /// <summary>Converts YAML text to a JSON tree.</summary>
    public static JsonNode? ToJson(string yaml, string sourceName) => Convert(yaml, sourceName).Root;

    public static (JsonNode? Root, Dictionary<string, int> Lines) Convert(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            // an alias bomb is refused before ToJson copies every alias
            CxAssistant.Ingestion.Yaml.YamlGuard.Check(yaml);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new SuiteException(
                $"{sourceName}, line {e.Start.Line}: malformed YAML ({e.Message.Split('\n')[0]}).",
                e
            );
        }
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return (null, lines);
        }
        return (ToJson(stream.Documents[0].RootNode, "$", lines), lines);
    }

    private static JsonNode? ToJson(YamlNode node, string path, Dictionary<string, int> lines)
    {
        lines[path] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    var key = ((YamlScalarNode)k).Value ?? "";
                    obj[key] = ToJson(v, path + "." + key, lines);
                }
                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                var i = 0;
                foreach (var item in seq.Children)
                {
                    arr.Add(ToJson(item, $"{path}[{i++}]", lines));
                }
                return arr;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }
        if (value is null or "" or "~" or "null")
        {
            return null;
        }
        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }
        return JsonValue.Create(value);
    }
}
