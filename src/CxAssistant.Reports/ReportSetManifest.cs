using System.Security.Cryptography;
using System.Text.Json;

namespace CxAssistant.Reports;

/// <summary>
/// <c>.cx-report-set.json</c>: the files of one report set with their SHA-256, written after every file is complete.
/// Readers and tests can check that what they see is one whole set; <c>cx</c> never needs it to switch sets.
/// </summary>
internal static class ReportSetManifest
{
    public const string FileName = ".cx-report-set.json";

    /// <summary>Every name a report set may hold: what the switch replaces rather than carries over.</summary>
    public static IReadOnlySet<string> AllNames { get; } =
        new HashSet<string>(
            [.. ReportWriter.FileNames, .. ReportWriter.OptionalFileNames, FileName],
            StringComparer.Ordinal
        );

    public sealed record Manifest(string Id, DateTimeOffset WrittenAt, IReadOnlyDictionary<string, string> Files);

    public static void Write(string folder, IReadOnlyList<string> names)
    {
        var files = names.ToDictionary(n => n, n => Hash(Path.Combine(folder, n)), StringComparer.Ordinal);
        var manifest = new Manifest(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, files);
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(manifest));
    }

    public static Manifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path)) : null;
    }

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// The output folder is switched as a whole, so it cannot be the folder the user is working in (or one above it):
    /// the shell would be left in a deleted folder.
    /// </summary>
    public static void RefuseWorkingFolder(string target)
    {
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory));
        var relative = Path.GetRelativePath(target, current);
        if (relative == "." || !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            throw new IOException(
                $"--out {target} is the current folder or contains it; give a folder of "
                    + $"its own for the reports (e.g. --out out)."
            );
        }
    }
}
