using YamlDotNet.RepresentationModel;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>The kinds of business in <c>Resources/Touchpoints/kinds.yaml</c>, read once.</summary>
public static class BusinessKinds
{
    private static readonly Lazy<IReadOnlyList<BusinessKind>> Loaded = new(() =>
        Parse(TouchpointKnowledge.ReadResource("kinds.yaml"))
    );

    private static readonly Lazy<IReadOnlyList<string>> LoadedGeneric = new(() =>
        ParseGeneric(TouchpointKnowledge.ReadResource("kinds.yaml"))
    );

    public static IReadOnlyList<BusinessKind> All => Loaded.Value;

    /// <summary>
    /// Sentences that could be about any business (praise, thanks, "nice app, easy to use"): they say how a customer
    /// feels, not what the business is, so they decide no kind (<see cref="KindSelector"/>).
    /// </summary>
    public static IReadOnlyList<string> Generic => LoadedGeneric.Value;

    /// <summary>The kind a preset is written for; the "none" kind for a user catalog or an unknown name.</summary>
    public static BusinessKind For(string? preset) =>
        All.FirstOrDefault(k => string.Equals(k.Preset, preset, StringComparison.OrdinalIgnoreCase))
        ?? All.First(k => k.IsNone);

    /// <summary>
    /// The kind whose preset is the catalog called <paramref name="catalogName"/>; the "none" kind otherwise.
    /// </summary>
    public static BusinessKind ForCatalog(string catalogName) =>
        For(
            Presets.Names.FirstOrDefault(n => string.Equals(Presets.Get(n).Name, catalogName, StringComparison.Ordinal))
        );

    /// <summary>The <c>generic:</c> sentences of a kinds file (none when it has no such list).</summary>
    public static IReadOnlyList<string> ParseGeneric(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("generic"), out var node) && node is YamlSequenceNode seq
            ? [.. seq.Select(x => ((YamlScalarNode)x).Value ?? "").Where(x => x.Length > 0)]
            : [];
    }

    public static IReadOnlyList<BusinessKind> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var kinds = new List<BusinessKind>();
        foreach (var node in ((YamlSequenceNode)root["kinds"]).Cast<YamlMappingNode>())
        {
            string S(string key) =>
                node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            List<string> L(string key) =>
                node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                    ? [.. seq.Select(x => ((YamlScalarNode)x).Value ?? "")]
                    : [];
            var aspirations = L("aspirations")
                .Select(a => a.Split('|', StringSplitOptions.TrimEntries))
                .Where(p => p.Length == 3)
                .Select(p => (p[0], p[1], p[2]))
                .ToList();
            kinds.Add(
                new BusinessKind(
                    S("preset"),
                    S("description"),
                    L("examples"),
                    S("performer"),
                    S("context"),
                    aspirations
                )
            );
        }
        return kinds;
    }
}
