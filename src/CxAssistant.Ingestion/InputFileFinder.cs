using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Expands the user's paths into the files to read, in a deterministic order (each folder's files sorted by
/// relative path, ordinal). Folders are searched recursively; hidden files and folders, README files and
/// files that are obviously not customer data (code, config, images…) are passed over silently, while
/// other unsupported files are reported so a forgotten Excel export does not go unnoticed.
/// </summary>
internal static class InputFileFinder
{
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        [".csv"] = "csv",
        [".tsv"] = "tsv",
        [".json"] = "json",
        [".jsonl"] = "jsonl",
        [".ndjson"] = "jsonl",
        [".txt"] = "text",
        [".vtt"] = "vtt",
        [".md"] = "markdown",
        [".markdown"] = "markdown",
    };

    private static readonly HashSet<string> Irrelevant = new(StringComparer.OrdinalIgnoreCase)
    {
        "",
        ".yaml",
        ".yml",
        ".toml",
        ".ini",
        ".cfg",
        ".conf",
        ".config",
        ".env",
        ".lock",
        ".log",
        ".bak",
        ".tmp",
        ".cs",
        ".csproj",
        ".sln",
        ".slnx",
        ".props",
        ".targets",
        ".py",
        ".ipynb",
        ".js",
        ".ts",
        ".css",
        ".sh",
        ".ps1",
        ".bat",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".ico",
        ".bmp",
        ".webp",
        ".exe",
        ".dll",
        ".so",
        ".pdb",
        ".db-journal",
    };

    private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules",
        "__MACOSX",
        "bin",
        "obj",
    };

    /// <summary>
    /// The files to read, each with the name reports show for it: relative to the folder the user gave, prefixed
    /// by that folder's own name ("acme-store/nps-survey.csv"), or the file name for a file given directly,
    /// so reports never carry a user's absolute paths.
    /// </summary>
    public static List<(string Path, string Display)> Find(
        IEnumerable<string> paths,
        List<SkippedInput> skipped,
        CancellationToken cancellationToken
    )
    {
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(path))
            {
                if (Formats.ContainsKey(Path.GetExtension(path)))
                {
                    Add(path, Path.GetFileName(path));
                }
                else
                {
                    skipped.Add(new SkippedInput(Path.GetFileName(path), null, Unsupported(path)));
                }
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
                foreach (var (file, rel) in InFolder(path, root, skipped, ListFolder, cancellationToken))
                {
                    Add(file, rel);
                }
            }
            else
            {
                skipped.Add(new SkippedInput(path, null, "file or folder not found"));
            }
        }
        return files;

        void Add(string file, string display)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add((file, display.Replace('\\', '/')));
            }
        }
    }

    /// <summary>
    /// One folder's entries (files and sub-folders), not recursive; throws when the folder cannot be read.
    /// </summary>
    internal static IReadOnlyList<FileSystemInfo> ListFolder(string folder) =>
        [
            .. new DirectoryInfo(folder).EnumerateFileSystemInfos(
                "*",
                new EnumerationOptions
                {
                    RecurseSubdirectories = false,
                    IgnoreInaccessible = false,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                }
            ),
        ];

    /// <summary>
    /// The files under <paramref name="folder"/>, one folder at a time so a folder that cannot be read (permissions, a
    /// vanished mount) is reported with its name and the reason, and the rest is still read. Symbolic links to folders
    /// are not followed: a link back up the tree would recurse forever.
    /// </summary>
    internal static List<(string Path, string Display)> InFolder(
        string folder,
        string root,
        List<SkippedInput> skipped,
        Func<string, IReadOnlyList<FileSystemInfo>> list,
        CancellationToken cancellationToken = default
    )
    {
        var files = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<FileSystemInfo> entries;
            try
            {
                entries = list(current);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                var rel = Path.GetRelativePath(folder, current);
                skipped.Add(
                    new SkippedInput(
                        Path.Combine(root, rel == "." ? "" : rel).Replace('\\', '/').TrimEnd('/') + "/",
                        null,
                        $"could not read folder: {ex.Message}; its files were not read"
                    )
                );
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }
                if (entry is DirectoryInfo)
                {
                    if ((entry.Attributes & FileAttributes.ReparsePoint) == 0 && !IgnoredFolders.Contains(entry.Name))
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }
        var result = new List<(string, string)>();
        foreach (var rel in files.Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, rel);
            var name = Path.GetFileName(rel);
            var ext = Path.GetExtension(name);
            if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var display = Path.Combine(root, rel);
            if (Formats.ContainsKey(ext))
            {
                result.Add((file, display));
            }
            else if (!Irrelevant.Contains(ext))
            {
                skipped.Add(new SkippedInput(display, null, Unsupported(file)));
            }
        }
        return result;
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
        return $"unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}'{hint}; "
            + $"supported: {string.Join(", ", Formats.Keys)}";
    }
}
