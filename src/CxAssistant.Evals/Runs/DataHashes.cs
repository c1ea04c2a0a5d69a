using System.Security.Cryptography;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// SHA-256 of every file a suite reads (the suite, its datasets, catalogs and input files), for the manifest.
/// </summary>
internal static class DataHashes
{
    public static SortedDictionary<string, string> Of(EvalSuite suite, CatalogResolver catalogs)
    {
        var dir = Path.GetDirectoryName(suite.SourcePath) ?? ".";
        var files = new SortedSet<string>(StringComparer.Ordinal) { suite.SourcePath };
        foreach (var d in suite.Datasets)
        {
            files.Add(Path.GetFullPath(Path.Combine(dir, d.Path)));
        }
        foreach (
            var inputs in suite.Cases.SelectMany(c => c.Control is null ? new[] { c.Inputs } : [c.Inputs, c.Control])
        )
        {
            foreach (var p in inputs.Paths.Select(p => Path.GetFullPath(Path.Combine(dir, p))))
            {
                if (Directory.Exists(p))
                {
                    foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories))
                    {
                        files.Add(f);
                    }
                }
                else
                {
                    files.Add(p);
                }
            }
            try
            {
                if (catalogs.Resolve(inputs.Catalog, dir)?.Path is { } catalog)
                {
                    files.Add(catalog);
                }
            }
            catch (SuiteException)
            {
                // The case reports the bad catalog itself.
            }
        }
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files.Where(File.Exists))
        {
            using var stream = File.OpenRead(f);
            hashes[Relative(f)] = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        return hashes;
    }

    /// <summary>
    /// A path relative to the repository root (the folder holding CxAssistant.sln) when it is inside it.
    /// </summary>
    public static string Relative(string path)
    {
        var root = RepositoryRoot.Find();
        var full = Path.GetFullPath(path);
        return root is not null && full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, full).Replace('\\', '/')
            : full;
    }
}
