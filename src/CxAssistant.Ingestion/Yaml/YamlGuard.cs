using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CxAssistant.Ingestion.Yaml;

/// <summary>
/// Checks a YAML text against <see cref="YamlLimits"/> before anything builds objects from it. YamlDotNet resolves
/// an alias to the anchored node (shared, not copied), so parsing a bomb is cheap; the cost comes later, when code
/// walks, flattens or copies the graph. YamlDotNet 18 limits nesting depth but not alias expansion, so this replays
/// the parser's events once (linear in the text) and counts how many nodes every alias stands for.
/// Every YAML entry point (front matter, catalogs, eval suites, prompts) calls it.
/// </summary>
public static class YamlGuard
{
    /// <summary>
    /// Throws <see cref="YamlLimitException"/> (a <see cref="YamlException"/> with the position) when over a limit.
    /// </summary>
    public static void Check(string yaml, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        limits ??= YamlLimits.Default;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        long expanded = 0;
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case AnchorAlias alias:
                    var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                    expanded = Math.Min(expanded + size, long.MaxValue / 2);
                    if (expanded > limits.MaxAliasNodes)
                    {
                        throw new YamlLimitException(
                            current.Start,
                            current.End,
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"aliases expand to more than {limits.MaxAliasNodes:N0} nodes (a YAML "
                                    + $"alias bomb?); refused"
                            )
                        );
                    }
                    Add(open, size);
                    break;
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }
                    Add(open, 1);
                    break;
                case SequenceStart or MappingStart:
                    var anchor = ((NodeEvent)current).Anchor;
                    open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                    if (open.Count > limits.MaxDepth)
                    {
                        throw new YamlLimitException(
                            current.Start,
                            current.End,
                            string.Create(
                                CultureInfo.InvariantCulture,
                                $"nested more than {limits.MaxDepth} levels deep; refused"
                            )
                        );
                    }
                    break;
                case SequenceEnd or MappingEnd:
                    var (name, nodes) = open.Pop();
                    if (name is not null)
                    {
                        sizes[name] = nodes;
                    }
                    Add(open, nodes);
                    break;
            }
        }
    }

    private static void Add(Stack<(string? Anchor, long Nodes)> open, long nodes)
    {
        if (open.Count == 0)
        {
            return;
        }
        var (anchor, count) = open.Pop();
        open.Push((anchor, Math.Min(count + nodes, long.MaxValue / 2)));
    }
}
