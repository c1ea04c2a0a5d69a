using System.Text;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Ingestion.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Reads user touchpoint catalogs:
/// <code>
/// name: Acme airline          # optional; defaults to the file name
/// touchpoints:
///   - id: customer-service    # optional when name is given (derived as kebab-case)
///     name: Customer service
///     stage: support          # awareness|consideration|purchase|delivery|onboarding|usage|support|loyalty
///     description: Help from agents by phone, chat, email or social media.
///     keywords: [agent, hold] # optional, like channel and owner; other fields are ignored
/// </code>
/// Every problem is a <see cref="CatalogException"/> naming the file, the line and what to fix.
/// </summary>
public static class CatalogLoader
{
    public static TouchpointCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException($"{path}: catalog file not found.");
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static TouchpointCatalog Parse(string yaml, string sourceName) =>
        Parse(yaml, sourceName, TouchpointOrigin.Catalog);

    internal static TouchpointCatalog Parse(string yaml, string sourceName, TouchpointOrigin origin)
    {
        var stream = new YamlStream();
        try
        {
            // Before the document model is built: it recurses per level and its users walk every alias.
            YamlGuard.Check(yaml);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlLimitException e)
        {
            throw new CatalogException(e.Describe(sourceName) + ".", e);
        }
        catch (YamlException e)
        {
            throw new CatalogException(
                $"{sourceName}, line {e.Start.Line}: malformed YAML ({FirstLine(e.Message)}).",
                e
            );
        }
        catch (InvalidOperationException e)
        {
            // Some syntax errors (an unclosed [list) surface without a position; replay the parser to find where it
            // stopped.
            throw new CatalogException(
                $"{sourceName}, line {LastParsedLine(yaml)}: malformed YAML (unclosed bracket or quote?).",
                e
            );
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new CatalogException($"{sourceName}: the catalog is empty; expected a 'touchpoints:' list.");
        }

        var root = stream.Documents[0].RootNode;
        var catalogName = Path.GetFileNameWithoutExtension(sourceName);
        YamlNode? list = root;
        if (root is YamlMappingNode map)
        {
            if (Scalar(map, "name") is { } n && !string.IsNullOrWhiteSpace(n))
            {
                catalogName = n.Trim();
            }
            list = map.Children.TryGetValue(new YamlScalarNode("touchpoints"), out var l) ? l : null;
            if (list is null)
            {
                throw new CatalogException($"{sourceName}, line {Line(root)}: missing 'touchpoints:' list.");
            }
        }
        if (list is not YamlSequenceNode items)
        {
            throw new CatalogException(
                $"{sourceName}, line {Line(list)}: 'touchpoints' must be a list of "
                    + $"touchpoints (lines starting with '- ')."
            );
        }

        var touchpoints = new List<Touchpoint>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode tp)
            {
                throw new CatalogException(
                    $"{sourceName}, line {Line(item)}: each touchpoint must be a mapping with at least an id or a name."
                );
            }
            var id = Scalar(tp, "id")?.Trim();
            var name = Scalar(tp, "name")?.Trim();
            if (string.IsNullOrEmpty(id) && string.IsNullOrEmpty(name))
            {
                throw new CatalogException($"{sourceName}, line {Line(tp)}: touchpoint has neither an id nor a name.");
            }
            id = string.IsNullOrEmpty(id) ? Kebab(name!) : id;
            if (id.Length == 0)
            {
                throw new CatalogException(
                    $"{sourceName}, line {Line(tp)}: cannot derive an id from name '{name}'; add an id."
                );
            }
            if (firstLine.TryGetValue(id, out var first))
            {
                throw new CatalogException(
                    $"{sourceName}, line {Line(tp)}: duplicate touchpoint id '{id}' (first defined on line {first})."
                );
            }
            firstLine[id] = Line(tp);

            var stageText = Scalar(tp, "stage");
            var stage = JourneyStage.Usage;
            if (!string.IsNullOrWhiteSpace(stageText) && !StageNames.TryParse(stageText, out stage))
            {
                throw new CatalogException(
                    $"{sourceName}, line {Line(Node(tp, "stage")!)}: unknown stage "
                        + $"'{stageText}' for touchpoint '{id}'. Allowed: {StageNames.Allowed}."
                );
            }

            touchpoints.Add(
                new Touchpoint
                {
                    Id = id,
                    Name = string.IsNullOrEmpty(name) ? id : name,
                    Description = Scalar(tp, "description")?.Trim() ?? "",
                    Stage = stage,
                    Keywords = Keywords(tp, sourceName),
                    Channel = NullIfEmpty(Scalar(tp, "channel")),
                    Owner = NullIfEmpty(Scalar(tp, "owner")),
                    Origin = origin,
                }
            );
        }
        return new TouchpointCatalog(catalogName, touchpoints);
    }

    /// <summary>"Check-in and boarding!" → "check-in-and-boarding".</summary>
    public static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        return sb.ToString().Trim('-');
    }

    private static IReadOnlyList<string> Keywords(YamlMappingNode tp, string sourceName) =>
        Node(tp, "keywords") switch
        {
            null => [],
            YamlSequenceNode seq when seq.Children.FirstOrDefault(c => c is not YamlScalarNode) is { } nested =>
                throw new CatalogException(
                    $"{sourceName}, line {Line(nested)}: 'keywords' must be a list of words "
                        + $"or phrases, not nested lists."
                ),
            YamlSequenceNode seq =>
            [
                .. seq.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0),
            ],
            YamlScalarNode s =>
            [
                .. (s.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ],
            var other => throw new CatalogException(
                $"{sourceName}, line {Line(other)}: 'keywords' must be a list of words or phrases."
            ),
        };

    private static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) =>
        Node(map, key) is YamlScalarNode s ? s.Value : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static long Line(YamlNode node) => node.Start.Line;

    private static long LastParsedLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        long line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.Start.Line;
            }
        }
        catch (YamlException e)
        {
            return e.Start.Line;
        }
        catch (InvalidOperationException)
        {
            // Position of the last event that parsed is the best we have.
        }
        return line;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
