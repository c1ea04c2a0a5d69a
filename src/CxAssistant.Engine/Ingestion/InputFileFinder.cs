using System.IO.Enumeration;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Ingestion;

/// <summary>
/// Expands the user's paths into the files to read, in a deterministic order (each folder's files sorted by
/// relative path, ordinal). Folders are searched recursively; hidden files and folders, README files and
/// files that are obviously not customer data (code, config, images…) are passed over silently, while
/// other unsupported files are reported so a forgotten Excel export does not go unnoticed.
/// </summary>
internal static class InputFileFinder
{
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "csv", [".tsv"] = "tsv", [".json"] = "json", [".jsonl"] = "jsonl", [".ndjson"] = "jsonl",
        [".txt"] = "text", [".vtt"] = "vtt", [".md"] = "markdown", [".markdown"] = "markdown",
    };

    private static readonly HashSet<string> Irrelevant = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".config", ".env", ".lock", ".log", ".bak", ".tmp",
        ".cs", ".csproj", ".sln", ".slnx", ".props", ".targets", ".py", ".ipynb", ".js", ".ts", ".css", ".sh", ".ps1", ".bat",
        ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".bmp", ".webp", ".exe", ".dll", ".so", ".pdb", ".db-journal",
    };

    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "__MACOSX", "bin", "obj",
    };

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>
    /// The files to read, each with the name reports show for it: relative to the folder the user gave, prefixed
    /// by that folder's own name ("trailhead-outfitters/nps-survey.csv"), or the file name for a file given directly,
    /// so reports never carry a user's absolute paths.
    /// </summary>
    public static List<(string Path, string Display)> Find(IEnumerable<string> paths, List<SkippedInput> skipped, CancellationToken cancellationToken)
    {
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(path))
            {
                if (Formats.ContainsKey(Path.GetExtension(path))) Add(path, Path.GetFileName(path));
                else skipped.Add(new SkippedInput(Path.GetFileName(path), null, Unsupported(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                foreach (var (file, rel) in InFolder(path, root, skipped)) Add(file, rel);
            }
            else
            {
                skipped.Add(new SkippedInput(path, null, "file or folder not found"));
            }
        }
        return files;

        void Add(string file, string display)
        {
            if (seen.Add(Path.GetFullPath(file))) files.Add((file, display.Replace('\\', '/')));
        }
    }

    private static IEnumerable<(string Path, string Display)> InFolder(string folder, string root, List<SkippedInput> skipped)
    {
        // Symbolic links to folders are not followed: a link back up the tree would recurse forever.
        var enumerable = new FileSystemEnumerable<string>(folder, (ref entry) => entry.ToFullPath(), Recursive)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0
                && !entry.FileName.StartsWith('.') && !IgnoredFolders.Contains(entry.FileName.ToString()),
        };
        var relative = enumerable.Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal);
        foreach (var rel in relative)
        {
            var file = Path.Combine(folder, rel);
            var name = Path.GetFileName(rel);
            var ext = Path.GetExtension(name);
            if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase)) continue;
            var display = Path.Combine(root, rel);
            if (Formats.ContainsKey(ext)) yield return (file, display);
            else if (!Irrelevant.Contains(ext)) skipped.Add(new SkippedInput(display, null, Unsupported(file)));
        }
    }

    private static string Unsupported(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var hint = ext switch
        {
            ".xlsx" or ".xls" or ".xlsm" or ".ods" or ".numbers" => " (export the sheet as CSV)",
            ".docx" or ".doc" or ".pdf" or ".rtf" or ".odt" or ".pages" => " (save it as .txt or .md)",
            ".srt" => " (convert the subtitles to WebVTT)",
            _ => "",
        };
        return $"unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}'{hint}; supported: {string.Join(", ", Formats.Keys)}";
    }
}
