using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Built-in knowledge of generic touchpoint types and the words customers use about them, loaded from the
/// embedded <c>Resources/Touchpoints/knowledge.yaml</c>. Catalog touchpoints link to these types so a terse
/// catalog ("Baggage: lost or damaged luggage") still recognises "my bag is in Denver". Immutable, thread-safe.
/// </summary>
public sealed class TouchpointKnowledge
{
    /// <summary>Weights for the strong/medium/weak term lists of the resource (aliases count as strong).</summary>
    internal const double Strong = 3,
        Medium = 1.5,
        Weak = 0.6;

    private static readonly Lazy<TouchpointKnowledge> DefaultInstance = new(() =>
        Parse(ReadResource("knowledge.yaml"), "knowledge.yaml")
    );

    private readonly Dictionary<string, KnowledgeType> _byId;

    public TouchpointKnowledge(
        IReadOnlyList<KnowledgeType> types,
        IEnumerable<string>? genericWords = null,
        IEnumerable<string>? idioms = null
    )
    {
        Types = types;
        _byId = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
        AliasIndex = TermIndex.Build(
            types.SelectMany((t, i) => t.Aliases.Select(a => (TermText.StemPhrase(a), i, 1f))),
            typoTolerant: false
        );
        VocabularyIndex = TermIndex.Build(
            types.SelectMany(
                (t, i) =>
                    t
                        .Aliases.Select(a => new WeightedTerm(a, t.AliasWeight(a)))
                        .Concat(t.Terms)
                        .Select(term => (TermText.StemPhrase(term.Text), i, (float)term.Weight))
            )
        );
        // A domain word that is also one of the type's own one-word aliases proves nothing: "checkout" is a hotel word
        // and a shop word, so an online shop's "Checkout" must not make the catalog a hotel catalog.
        DomainStems =
        [
            .. types.Select(t =>
            {
                var aliasStems = t
                    .Aliases.Select(TermText.StemPhrase)
                    .Where(s => s.Length == 1)
                    .Select(s => s[0])
                    .ToHashSet(StringComparer.Ordinal);
                return t
                    .Domain.Select(TermText.Stem)
                    .Where(s => !aliasStems.Contains(s))
                    .ToHashSet(StringComparer.Ordinal);
            }),
        ];
        GenericStems = (genericWords ?? []).Select(TermText.Stem).ToHashSet(StringComparer.Ordinal);
        IdiomIndex = TermIndex.Build((idioms ?? []).Select(i => (TermText.StemPhrase(i), 0, 1f)), typoTolerant: false);
    }

    /// <summary>
    /// The built-in types (about sixty, across retail, hospitality, travel, software and local services).
    /// </summary>
    public static TouchpointKnowledge Default => DefaultInstance.Value;

    public IReadOnlyList<KnowledgeType> Types { get; }

    /// <summary>Aliases only: how catalog touchpoints are linked to types by name.</summary>
    internal TermIndex AliasIndex { get; }

    /// <summary>Aliases and terms with their weights: what customer text is read with.</summary>
    internal TermIndex VocabularyIndex { get; }

    /// <summary>Per type, the domain words (stemmed) that make it eligible; empty = cross-industry.</summary>
    internal IReadOnlyList<HashSet<string>> DomainStems { get; }

    /// <summary>
    /// Words customers say about almost anything ("order", "buy", "work", "book"): alone they never attribute a text
    /// to a touchpoint, unless the touchpoint is named after them or the user listed them as keywords.
    /// </summary>
    internal IReadOnlySet<string> GenericStems { get; }

    /// <summary>
    /// Set phrases whose words are not about a touchpoint ("comfortable out of the box" is not about boxes).
    /// </summary>
    internal TermIndex IdiomIndex { get; }

    public KnowledgeType? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Parses the knowledge format (see the embedded resource for an example).</summary>
    public static TouchpointKnowledge Parse(string yaml, string sourceName)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var file = deserializer.Deserialize<KnowledgeFile>(yaml) ?? new KnowledgeFile();
        var types = new List<KnowledgeType>();
        foreach (var t in file.Types ?? [])
        {
            if (string.IsNullOrWhiteSpace(t.Id) || string.IsNullOrWhiteSpace(t.Name))
            {
                throw new CatalogException($"{sourceName}: a knowledge type lacks an id or a name.");
            }
            if (!StageNames.TryParse(t.Stage ?? "usage", out var stage))
            {
                throw new CatalogException(
                    $"{sourceName}: type '{t.Id}' has unknown stage '{t.Stage}'. Allowed: {StageNames.Allowed}."
                );
            }
            types.Add(
                new KnowledgeType
                {
                    Id = t.Id,
                    Name = t.Name,
                    Description = t.Description ?? "",
                    Stage = stage,
                    Aliases = t.Aliases ?? [],
                    Domain = t.Domain ?? [],
                    Terms =
                    [
                        .. (t.Strong ?? []).Select(x => new WeightedTerm(x, Strong)),
                        .. (t.Medium ?? []).Select(x => new WeightedTerm(x, Medium)),
                        .. (t.Weak ?? []).Select(x => new WeightedTerm(x, Weak)),
                    ],
                }
            );
        }
        return new TouchpointKnowledge(types, file.Generic, file.Idioms);
    }

    internal static string ReadResource(string fileName)
    {
        var assembly = typeof(TouchpointKnowledge).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Touchpoints." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Touchpoints/{fileName} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class KnowledgeFile
    {
        public List<string>? Generic { get; set; }
        public List<string>? Idioms { get; set; }
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
