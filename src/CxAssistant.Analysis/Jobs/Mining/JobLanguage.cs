using System.Text.RegularExpressions;
using CxAssistant.Core.Jobs;
using YamlDotNet.RepresentationModel;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// How customers put jobs into words, read from <c>Resources/Jobs/job-language.yaml</c> and <c>verbs.txt</c>: goal,
/// struggle, circumstance, performer and workaround patterns, the four forces, the verbs a goal may start with and the
/// words that end a phrase. English grammar and everyday words only; nothing here belongs to one business.
/// </summary>
internal sealed class JobLanguage
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // A clause runs to the next punctuation; a colon inside a time ("9:30") does not end it.
    private const string Clause = @"(?<clause>(?:[^.!?;:,\n()""“”]|:(?=\d)){3,90})";

    // 5 s: the timeout clock also runs while a compiled pattern is jitted on a saturated machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly Lazy<JobLanguage> DefaultInstance = new(() =>
        Parse(ReadResource("job-language.yaml"), ReadResource("verbs.txt"))
    );

    public static JobLanguage Default => DefaultInstance.Value;

    public required IReadOnlyDictionary<JobClauseKind, IReadOnlyList<Regex>> Patterns { get; init; }

    /// <summary>
    /// The words each pattern of <see cref="Patterns"/> needs, in the order the kinds and their patterns are listed: a
    /// record with none of a pattern's words is not given to it (<see cref="LiteralPrefilter"/>).
    /// </summary>
    public LiteralPrefilterSet Filters =>
        LazyInitializer.EnsureInitialized(ref _filters, ref _filtersLock, () =>
            new LiteralPrefilterSet(Patterns.Values.SelectMany(p => p))
        );

    // Built once: every thread of a parallel mining pass asks for the filters at the same moment.
    private LiteralPrefilterSet? _filters;
    private object? _filtersLock;
    public required IReadOnlySet<string> Verbs { get; init; }
    public required IReadOnlySet<string> NotJobs { get; init; }
    public required IReadOnlySet<string> Breaks { get; init; }

    /// <summary>
    /// Set phrases that start a clause but state no job ("go wrong", "wait"): a clause starting with one is dropped.
    /// </summary>
    public required IReadOnlyList<string> Idioms { get; init; }
    public required IReadOnlyDictionary<string, string> VerbMap { get; init; }

    /// <summary>
    /// Subjects that make a goal or struggle the business's doing ("they are trying to…", "the staff couldn't…"), and
    /// the words read over between such a subject and the verb ("still", "is").
    /// </summary>
    public IReadOnlySet<string> OtherSubjects { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> SubjectFillers { get; init; } = new HashSet<string>();

    /// <summary>Verbs that say little of a job on their own ("get", "have"): phrases with them group by object.</summary>
    public IReadOnlySet<string> LightVerbs { get; init; } = new HashSet<string>();

    /// <summary>
    /// The customer's verdict said after a job ("… is impossible", "… took weeks"): a phrase is cut where one starts.
    /// </summary>
    public IReadOnlyList<Regex> Verdicts { get; init; } = [];

    /// <summary>Verb → job-map step; verbs not listed are <see cref="JobMapStep.Execute"/>.</summary>
    public required IReadOnlyDictionary<string, JobMapStep> Steps { get; init; }

    /// <summary>Pain kind (or "any") → outcome template with {do} and {doing}.</summary>
    public required IReadOnlyDictionary<string, string> Outcomes { get; init; }

    public static JobLanguage Parse(string yaml, string verbs)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        List<string> List(string key) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlSequenceNode s
                ? [.. s.Select(x => ((YamlScalarNode)x).Value ?? "")]
                : [];
        var patterns = new Dictionary<JobClauseKind, IReadOnlyList<Regex>>();
        foreach (var kind in Enum.GetValues<JobClauseKind>())
        {
            patterns[kind] =
            [
                .. List(Key(kind))
                    .Select(p => new Regex(p.Replace("{clause}", Clause, StringComparison.Ordinal), Options, Timeout)),
            ];
        }
        YamlMappingNode Map(string key) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var m) && m is YamlMappingNode mm
                ? mm
                : new YamlMappingNode();
        patterns[JobClauseKind.Goal] = [.. patterns[JobClauseKind.Goal], .. OccasionPatterns(root, Map("occasions"))];
        var map = Map("verb_map")
            .Children.ToDictionary(
                p => ((YamlScalarNode)p.Key).Value!,
                p => ((YamlScalarNode)p.Value).Value!,
                StringComparer.OrdinalIgnoreCase
            );
        var steps = new Dictionary<string, JobMapStep>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Map("steps").Children)
        {
            foreach (var verb in ((YamlSequenceNode)value).Select(v => ((YamlScalarNode)v).Value!))
            {
                steps[verb] = Enum.Parse<JobMapStep>(((YamlScalarNode)key).Value!, ignoreCase: true);
            }
        }
        return new JobLanguage
        {
            Patterns = patterns,
            Verbs = verbs
                .Split('\n')
                .Where(l => !l.StartsWith('#'))
                .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToHashSet(StringComparer.OrdinalIgnoreCase),
            NotJobs = List("not_jobs").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Breaks = List("breaks").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Idioms = List("idioms"),
            VerbMap = map,
            OtherSubjects = List("other_subjects").ToHashSet(StringComparer.OrdinalIgnoreCase),
            SubjectFillers = List("subject_fillers").ToHashSet(StringComparer.OrdinalIgnoreCase),
            LightVerbs = List("light_verbs").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Verdicts = [.. List("verdicts").Select(p => new Regex(p, Options, Timeout))],
            Steps = steps,
            Outcomes = Map("outcomes")
                .Children.ToDictionary(
                    p => ((YamlScalarNode)p.Key).Value!,
                    p => ((YamlScalarNode)p.Value).Value!,
                    StringComparer.Ordinal
                ),
        };
    }

    // One goal pattern for every verb of "occasions:": the shared pattern once, each verb's nouns behind the verb's empty
    // group ("perfect for a weekend away" → "take a weekend away"). One pass over a text instead of one per verb: the
    // shared opening is the costly part (five passes were half of all job-pattern time on 100k records).
    private static IEnumerable<Regex> OccasionPatterns(YamlMappingNode root, YamlMappingNode occasions)
    {
        if (
            !root.Children.TryGetValue(new YamlScalarNode("occasion_pattern"), out var node)
            || node is not YamlScalarNode { Value: { } template }
        )
        {
            yield break;
        }
        var branches = occasions.Children.Select(pair =>
        {
            var nouns = ((YamlSequenceNode)pair.Value)
                .Select(v => ((YamlScalarNode)v).Value!)
                .OrderByDescending(n => n.Length)
                .SelectMany(n => new[] { n.ToLowerInvariant(), n.ToUpperInvariant() })
                .Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
            return $"(?<verb_{((YamlScalarNode)pair.Key).Value}>)(?:{string.Join('|', nouns)})";
        });
        var pattern = template
            .Replace("{occasion}", string.Join('|', branches), StringComparison.Ordinal)
            .Replace("{clause}", Clause, StringComparison.Ordinal);
        yield return new Regex(pattern, Options, Timeout);
    }

    private static string Key(JobClauseKind kind) => kind.ToString().ToLowerInvariant();

    internal static string ReadResource(string fileName)
    {
        var assembly = typeof(JobLanguage).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Jobs." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Jobs/{fileName} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
