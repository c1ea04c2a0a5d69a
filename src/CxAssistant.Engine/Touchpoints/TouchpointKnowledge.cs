using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CxAssistant.Engine.Touchpoints;

/// <summary>
/// Built-in knowledge of generic touchpoint types and the words customers use about them, loaded from the
/// embedded <c>Resources/Touchpoints/knowledge.yaml</c>. Catalog touchpoints link to these types so a terse
/// catalog ("Baggage: lost or damaged luggage") still recognises "my bag is in Denver". Immutable, thread-safe.
/// </summary>
public sealed class TouchpointKnowledge
{
    /// <summary>Weights for the strong/medium/weak term lists of the resource (aliases count as strong).</summary>
    internal const double Strong = 3, Medium = 1.5, Weak = 0.6;

    private static readonly Lazy<TouchpointKnowledge> DefaultInstance = new(() =>
        Parse(ReadResource("knowledge.yaml"), "knowledge.yaml"));

    private readonly Dictionary<string, KnowledgeType> byId;

    public TouchpointKnowledge(IReadOnlyList<KnowledgeType> types)
    {
        Types = types;
        byId = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
        AliasIndex = TermIndex.Build(types.SelectMany((t, i) => t.Aliases.Select(a => (TermText.StemPhrase(a), i, 1f))), typoTolerant: false);
        VocabularyIndex = TermIndex.Build(
            types.SelectMany((t, i) => t.Aliases.Select(a => new WeightedTerm(a, t.AliasWeight(a))).Concat(t.Terms)
                .Select(term => (TermText.StemPhrase(term.Text), i, (float)term.Weight))));
        DomainStems = [.. types.Select(t => t.Domain.Select(TermText.Stem).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>The built-in types (about sixty, across retail, hospitality, travel, software and local services).</summary>
    public static TouchpointKnowledge Default => DefaultInstance.Value;

    public IReadOnlyList<KnowledgeType> Types { get; }

    /// <summary>Aliases only: how catalog touchpoints are linked to types by name.</summary>
    internal TermIndex AliasIndex { get; }

    /// <summary>Aliases and terms with their weights: what customer text is read with.</summary>
    internal TermIndex VocabularyIndex { get; }

    internal IReadOnlyList<HashSet<string>> DomainStems { get; }

    public KnowledgeType? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Parses the knowledge format (see the embedded resource for an example).</summary>
    public static TouchpointKnowledge Parse(string yaml, string sourceName)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties().Build();
        var file = deserializer.Deserialize<KnowledgeFile>(yaml) ?? new KnowledgeFile();
        var types = new List<KnowledgeType>();
        foreach (var t in file.Types ?? [])
        {
            if (string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Name))
                throw new CatalogException($"{sourceName}: a knowledge type lacks an id or a name.");
            if (!StageNames.TryParse(t.Stage ?? "usage", out var stage))
                throw new CatalogException($"{sourceName}: type '{t.Id}' has unknown stage '{t.Stage}'. Allowed: {StageNames.Allowed}.");
            types.Add(new KnowledgeType
            {
                Id = t.Id,
                Name = t.Name,
                Description = t.Description ?? "",
                Stage = stage,
                Aliases = t.Aliases ?? [],
                Domain = t.Domain ?? [],
                Terms = [.. (t.Strong ?? []).Select(x => new WeightedTerm(x, Strong)),
                    .. (t.Medium ?? []).Select(x => new WeightedTerm(x, Medium)),
                    .. (t.Weak ?? []).Select(x => new WeightedTerm(x, Weak))],
            });
        }
        return new TouchpointKnowledge(types);
    }

    internal static string ReadResource(string fileName)
    {
        var assembly = typeof(TouchpointKnowledge).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Touchpoints." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Touchpoints/{fileName} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class KnowledgeFile
    {
        public List<KnowledgeTypeDto>? Types { get; set; }
    }

    private sealed class KnowledgeTypeDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? Stage { get; set; }
        public List<string>? Aliases { get; set; }
        public List<string>? Domain { get; set; }
        public List<string>? Strong { get; set; }
        public List<string>? Medium { get; set; }
        public List<string>? Weak { get; set; }
    }
}
