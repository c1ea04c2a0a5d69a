using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// Reads suite files: YAML → JSON → <see cref="EvalSuite"/>, then expands data sets into cases and checks ids,
/// stages and assertion types. Every problem is a <see cref="SuiteException"/> naming the file, line and problem.
/// </summary>
public static class SuiteLoader
{
    /// <summary>Serializer settings shared by suites, results and baselines.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        WriteIndented = true,
        // a misspelt key is an error, not silently ignored
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads one suite file.</summary>
    public static EvalSuite Load(
        string path,
        IReadOnlySet<string>? stages = null,
        IReadOnlySet<string>? assertionTypes = null
    )
    {
        if (!File.Exists(path))
        {
            throw new SuiteException($"{path}: suite file not found.");
        }
        var (root, lines) = YamlJson.Convert(File.ReadAllText(path), path);
        if (root is not JsonObject)
        {
            throw new SuiteException($"{path}, line 1: a suite must be a mapping with name, stage and cases.");
        }
        EvalSuite suite;
        try
        {
            suite = root.Deserialize<EvalSuite>(Json) ?? throw new SuiteException($"{path}: empty suite.");
        }
        catch (JsonException e)
        {
            throw new SuiteException($"{path}, line {LineOf(e.Path, lines)}: {FirstSentence(e.Message)}", e);
        }
        suite = suite with
        {
            SourcePath = Path.GetFullPath(path),
            Cases = [.. suite.Cases, .. suite.Datasets.SelectMany(d => DatasetCases.Read(d, path))],
        };
        Validate(suite, path, lines, stages, assertionTypes);
        return suite;
    }

    /// <summary>Loads every <c>*.yaml</c> suite in a folder, sorted by name.</summary>
    public static IReadOnlyList<EvalSuite> LoadFolder(
        string folder,
        IReadOnlySet<string>? stages = null,
        IReadOnlySet<string>? assertionTypes = null
    ) =>
        [
            .. Directory
                .EnumerateFiles(folder, "*.yaml")
                .Order(StringComparer.Ordinal)
                .Select(f => Load(f, stages, assertionTypes)),
        ];

    private static void Validate(
        EvalSuite suite,
        string path,
        Dictionary<string, int> lines,
        IReadOnlySet<string>? stages,
        IReadOnlySet<string>? assertionTypes
    )
    {
        if (string.IsNullOrWhiteSpace(suite.Name))
        {
            throw new SuiteException($"{path}, line 1: 'name' is required.");
        }
        if (stages is not null && !stages.Contains(suite.Stage))
        {
            throw new SuiteException(
                $"{path}, line {LineOf("$.stage", lines)}: unknown stage "
                    + $"'{suite.Stage}' (known: {string.Join(", ", stages.Order())})."
            );
        }
        if (suite.Cases.Count == 0)
        {
            throw new SuiteException($"{path}: the suite has no cases.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < suite.Cases.Count; i++)
        {
            var c = suite.Cases[i];
            if (!seen.Add(c.Id))
            {
                throw new SuiteException($"{path}, line {LineOf($"$.cases[{i}]", lines)}: duplicate case id '{c.Id}'.");
            }
        }
        if (assertionTypes is null)
        {
            return;
        }
        foreach (
            var (spec, where) in suite
                .Assertions.Select((a, i) => (a, $"$.assert[{i}]"))
                .Concat(suite.Cases.SelectMany((c, ci) => c.Assert.Select((a, i) => (a, $"$.cases[{ci}].assert[{i}]"))))
        )
        {
            if (!assertionTypes.Contains(spec.Type))
            {
                throw new SuiteException(
                    $"{path}, line {LineOf(where, lines)}: unknown assertion type "
                        + $"'{spec.Type}' (known: {string.Join(", ", assertionTypes.Order())})."
                );
            }
        }
    }

    /// <summary>The YAML line of a JSON path, or of its nearest ancestor.</summary>
    private static int LineOf(string? jsonPath, Dictionary<string, int> lines)
    {
        for (var p = jsonPath ?? "$"; p.Length > 0; p = Parent(p))
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }
        }
        return 1;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static string FirstSentence(string message) => message.Split(". Path:")[0].TrimEnd('.') + ".";
}
