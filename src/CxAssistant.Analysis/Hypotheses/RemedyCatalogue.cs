using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>The remedy catalogue: the embedded default or a YAML file of the same shape, checked on load.</summary>
public sealed class RemedyCatalogue
{
    private static readonly Lazy<RemedyCatalogue> DefaultInstance = new(() => Parse(ReadResource(), "remedies.yaml"));

    public RemedyCatalogue(IReadOnlyList<Remedy> remedies) => Remedies = remedies;

    public RemedyCatalogue(
        IReadOnlyList<Remedy> remedies,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> wording,
        IReadOnlyList<IndustryWords> industryWords
    )
        : this(remedies)
    {
        Wording = wording;
        Industry = industryWords;
    }

    /// <summary>
    /// Kind of business ("restaurant"; "default" for any other) → placeholder → what that kind calls it
    /// ("{price_places}": "the menu and the bill"), for remedies written for several kinds.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Wording { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Words only some kinds of business use: in any other kind's hypothesis they are another industry's.</summary>
    public IReadOnlyList<IndustryWords> Industry { get; } = [];

    /// <summary>The placeholders of <see cref="Wording"/> for a kind, the default filling what the kind leaves out.</summary>
    public IReadOnlyDictionary<string, string> WordingFor(string kind)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "default", kind })
        {
            if (Wording.TryGetValue(key, out var w))
            {
                foreach (var (k, v) in w)
                {
                    values[k] = v;
                }
            }
        }
        return values;
    }

    /// <summary>The words in <paramref name="text"/> that belong to other kinds of business than <paramref name="kind"/>.</summary>
    public IReadOnlyList<string> Foreign(string text, string kind) => Foreign(text, kind, _ => false);

    /// <summary>
    /// The words in <paramref name="text"/> that belong to other kinds of business: kinds other than the preset's
    /// <paramref name="kind"/> (none for a business's own catalog, "none") and, whatever the catalog, kinds its
    /// customers' records do not show (<paramref name="shown"/>: a clinic's records never speak of call-outs).
    /// </summary>
    public IReadOnlyList<string> Foreign(string text, string kind, Func<IndustryWords, bool> shown) =>
        [
            .. Industry
                .Where(i =>
                    i.Learned
                        ? !i.Kinds.Contains(kind, StringComparer.Ordinal) && !shown(i)
                        : kind != Touchpoints.BusinessKind.None && !i.Kinds.Contains(kind, StringComparer.Ordinal)
                )
                .SelectMany(i => i.Words.Where(w => ContainsWord(text, w))),
        ];

    /// <summary>The kinds remedies name in <see cref="Remedy.Said"/>, by name.</summary>
    public IReadOnlyDictionary<string, IndustryWords> Named =>
        _named ??= Industry.Where(i => i.Name is not null).ToDictionary(i => i.Name!, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, IndustryWords>? _named;

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
            at = text.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    public static RemedyCatalogue Default => DefaultInstance.Value;

    public IReadOnlyList<Remedy> Remedies { get; }

    /// <summary>
    /// Parses and validates a catalogue; unknown pains, effort levels or duplicate ids are errors, not silent skips.
    /// </summary>
    public static RemedyCatalogue Parse(string yaml, string sourceName)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<CatalogueFile?>(yaml) ?? new CatalogueFile();
        var remedies = new List<Remedy>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dto in file.Remedies ?? [])
        {
            var id = Required(dto.Id, "id", sourceName, "?");
            if (!ids.Add(id))
            {
                throw Error(sourceName, id, "duplicate id");
            }
            var pains = dto.Pains ?? [];
            foreach (var p in pains.Where(p => p != Remedy.Any && !PainKind.All.Contains(p, StringComparer.Ordinal)))
            {
                throw Error(sourceName, id, $"unknown pain '{p}'");
            }
            if (pains.Count == 0)
            {
                throw Error(sourceName, id, "no pains");
            }
            var metric = dto.Metric ?? BaselineKind.PainShare;
            if (!BaselineKind.All.Contains(metric, StringComparer.Ordinal))
            {
                throw Error(sourceName, id, $"unknown metric '{metric}'");
            }
            if (metric == BaselineKind.PainShare && pains.Contains(Remedy.Any))
            {
                throw Error(sourceName, id, "a general remedy needs a metric other than pain-share");
            }
            remedies.Add(
                new Remedy
                {
                    Id = id,
                    Pains = pains,
                    Touchpoints = dto.Touchpoints is { Count: > 0 } t ? t : [Remedy.Any],
                    Signals = [.. (dto.Signals ?? []).Select(s => s.ToLowerInvariant())],
                    BusinessHas =
                        dto.BusinessHas is { } has
                        && has.FirstOrDefault(k => !TouchpointKinds.Known.Contains(k)) is { } unknown
                            ? throw Error(sourceName, id, $"unknown touchpoint type '{unknown}' in business_has")
                            : dto.BusinessHas ?? [],
                    NotAt =
                        dto.NotAt is { } notAt
                        && notAt.FirstOrDefault(k => !TouchpointKinds.Known.Contains(k)) is { } wrong
                            ? throw Error(sourceName, id, $"unknown touchpoint type '{wrong}' in not_at")
                            : dto.NotAt ?? [],
                    Said = dto.Said ?? [],
                    Group = dto.Group,
                    NeedsEvidence = dto.NeedsEvidence ?? false,
                    NeedsNps = dto.NeedsNps,
                    Title = Required(dto.Title, "title", sourceName, id),
                    Change = Required(dto.Change, "change", sourceName, id),
                    Resources = Required(dto.Resources, "resources", sourceName, id),
                    Effort = Enum.TryParse<HypothesisLevel>(dto.Effort, ignoreCase: true, out var effort)
                        ? effort
                        : throw Error(sourceName, id, $"effort '{dto.Effort}' is not low, medium or high"),
                    Metric = metric,
                    Measure = dto.Measure,
                    Units = dto.Units ?? [],
                    Weeks = dto.Weeks is > 0 and <= 52 ? dto.Weeks.Value : 8,
                    Consequences = dto.Consequences is { Count: > 0 } c
                        ? c
                        : throw Error(sourceName, id, "no consequences"),
                }
            );
        }
        var wording = (file.Wording ?? []).ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, string>)p.Value,
            StringComparer.Ordinal
        );
        var industry = (file.IndustryWords ?? [])
            .Select(i => new IndustryWords(
                i.Words ?? [],
                i.Kinds ?? [],
                i.Name,
                [.. (i.CustomersSay ?? []).Select(w => w.ToLowerInvariant())],
                i.Presets ?? []
            ))
            .ToList();
        // A misspelt preset would silently keep the kind out of every preset's hypotheses.
        foreach (var i in industry)
        {
            if (i.Presets?.FirstOrDefault(p => !Touchpoints.Presets.Names.Contains(p)) is { } preset)
            {
                throw new InvalidDataException(
                    $"{sourceName}: industry_words '{i.Name}': 'presets' names '{preset}', which is no built-in preset."
                );
            }
        }
        var names = industry.Where(i => i.Name is not null).Select(i => i.Name!).ToHashSet(StringComparer.Ordinal);
        foreach (var r in remedies)
        {
            if (r.Said.FirstOrDefault(n => !names.Contains(n)) is { } unknown)
            {
                throw Error(sourceName, r.Id, $"'said' names '{unknown}', which no industry_words entry is called");
            }
            if (r.Said.Any(n => !industry.First(i => i.Name == n).Learned))
            {
                throw Error(sourceName, r.Id, "'said' names a kind without customers_say words");
            }
        }
        return new RemedyCatalogue(remedies, wording, industry);
    }

    private static string Required(string? value, string field, string source, string id) =>
        string.IsNullOrWhiteSpace(value) ? throw Error(source, id, $"'{field}' is missing") : value.Trim();

    private static InvalidDataException Error(string source, string id, string message) =>
        new($"{source}: remedy '{id}': {message}.");

    private static string ReadResource()
    {
        var assembly = typeof(RemedyCatalogue).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Hypotheses.remedies.yaml", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded resource Hypotheses/remedies.yaml is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class CatalogueFile
    {
        public List<RemedyDto>? Remedies { get; set; }
        public Dictionary<string, Dictionary<string, string>>? Wording { get; set; }
        public List<IndustryWordsDto>? IndustryWords { get; set; }
    }

    private sealed class IndustryWordsDto
    {
        public string? Name { get; set; }
        public List<string>? CustomersSay { get; set; }
        public List<string>? Presets { get; set; }
        public List<string>? Words { get; set; }
        public List<string>? Kinds { get; set; }
    }

    private sealed class RemedyDto
    {
        public string? Id { get; set; }
        public List<string>? Pains { get; set; }
        public List<string>? Touchpoints { get; set; }
        public List<string>? Signals { get; set; }
        public List<string>? BusinessHas { get; set; }
        public List<string>? NotAt { get; set; }
        public List<string>? Said { get; set; }
        public string? Group { get; set; }
        public bool? NeedsEvidence { get; set; }
        public bool? NeedsNps { get; set; }
        public string? Title { get; set; }
        public string? Change { get; set; }
        public string? Resources { get; set; }
        public string? Effort { get; set; }
        public string? Metric { get; set; }
        public string? Measure { get; set; }
        public List<string>? Units { get; set; }
        public int? Weeks { get; set; }
        public List<string>? Consequences { get; set; }
    }
}
