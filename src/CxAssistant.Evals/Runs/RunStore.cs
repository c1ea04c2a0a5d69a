using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Runs on disk: <c>&lt;runs&gt;/&lt;run-id&gt;/results.json</c> and <c>manifest.json</c> (evals/runs is git-ignored).
/// </summary>
public static class RunStore
{
    /// <summary>File names inside a run folder.</summary>
    public const string ResultsFile = "results.json",
        ManifestFile = "manifest.json";

    /// <summary>A sortable, unique run id: <c>yyyyMMdd-HHmmss-xxxx</c>.</summary>
    public static string NewRunId(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)
        + "-"
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));

    /// <summary>Writes a run and returns its folder.</summary>
    public static string Write(string runsRoot, RunResults results, RunManifest manifest)
    {
        var dir = Path.Combine(runsRoot, results.RunId);
        Directory.CreateDirectory(dir);
        WriteJson(Path.Combine(dir, ResultsFile), results);
        WriteJson(Path.Combine(dir, ManifestFile), manifest);
        return dir;
    }

    /// <summary>
    /// The folder of a run given as a path or as an id under <paramref name="runsRoot"/> (<c>latest</c> = the newest).
    /// </summary>
    public static string Resolve(string runOrPath, string runsRoot)
    {
        if (runOrPath == "latest")
        {
            var newest = Directory.Exists(runsRoot)
                ? Directory
                    .EnumerateDirectories(runsRoot)
                    .Where(d => File.Exists(Path.Combine(d, ResultsFile)))
                    .Order(StringComparer.Ordinal)
                    .LastOrDefault()
                : null;
            return newest ?? throw new FileNotFoundException($"no runs in {runsRoot}; run `cx eval run` first.");
        }
        foreach (var candidate in new[] { runOrPath, Path.Combine(runsRoot, runOrPath) })
        {
            if (File.Exists(Path.Combine(candidate, ResultsFile)))
            {
                return Path.GetFullPath(candidate);
            }
        }
        throw new FileNotFoundException(
            $"run '{runOrPath}' not found (looked for {ResultsFile} in {runOrPath} "
                + $"and {Path.Combine(runsRoot, runOrPath)})."
        );
    }

    /// <summary>Reads a run's results.</summary>
    public static RunResults ReadResults(string runDir) => ReadJson<RunResults>(Path.Combine(runDir, ResultsFile));

    /// <summary>Reads a run's manifest.</summary>
    public static RunManifest ReadManifest(string runDir) => ReadJson<RunManifest>(Path.Combine(runDir, ManifestFile));

    internal static void WriteJson<T>(string path, T value)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(value, SuiteLoader.Json) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    internal static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), SuiteLoader.Json)
                ?? throw new InvalidDataException($"{path}: empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid {typeof(T).Name} ({e.Message.Split('.')[0]}).", e);
        }
    }
}
