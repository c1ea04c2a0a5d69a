using System.Text.Json;

namespace CxAssistant.Architecture.Tests;

/// <summary>
/// The assemblies each package gives a project's compiler, from NuGet's restore result (obj/project.assets.json). A
/// package with no assembly of its own (a meta-package such as xunit or Microsoft.Data.Sqlite) stands for the
/// assemblies of the packages it depends on.
/// </summary>
internal static class PackageAssemblies
{
    /// <summary>Full paths of the compile-time assemblies per package id (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(ProjectFile project)
    {
        if (!File.Exists(project.AssetsFile))
        {
            throw new InvalidOperationException(
                $"{project.AssetsFile} is missing: restore the solution first (dotnet restore CxAssistant.sln)."
            );
        }
        using var assets = JsonDocument.Parse(File.ReadAllBytes(project.AssetsFile));
        var root = assets.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var paths = root.GetProperty("libraries")
            .EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "package")
            .ToDictionary(
                l => l.Name,
                l => Path.Combine(packageFolder, l.Value.GetProperty("path").GetString()!),
                StringComparer.OrdinalIgnoreCase
            );
        var own = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var dependencies = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        // The framework-only target ("net10.0"), not a runtime-specific one: compile assets are what the compiler saw.
        var target = root.GetProperty("targets")
            .EnumerateObject()
            .First(t => !t.Name.Contains('/', StringComparison.Ordinal));
        foreach (var library in target.Value.EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }
            var id = library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)];
            own[id] = library.Value.TryGetProperty("compile", out var compile)
                ?
                [
                    .. compile
                        .EnumerateObject()
                        .Select(c => c.Name)
                        .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                        .Select(f => Path.Combine(paths[library.Name], f)),
                ]
                : [];
            dependencies[id] = library.Value.TryGetProperty("dependencies", out var deps)
                ? [.. deps.EnumerateObject().Select(d => d.Name)]
                : [];
        }
        return own.Keys.ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)Closure(id, own, dependencies),
            StringComparer.OrdinalIgnoreCase
        );
    }

    private static List<string> Closure(
        string id,
        Dictionary<string, List<string>> own,
        Dictionary<string, List<string>> dependencies
    )
    {
        if (own[id].Count > 0)
        {
            return own[id];
        }
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
        var queue = new Queue<string>(dependencies[id]);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next) || !own.ContainsKey(next))
            {
                continue;
            }
            if (own[next].Count > 0)
            {
                result.AddRange(own[next]);
            }
            else
            {
                foreach (var d in dependencies[next])
                {
                    queue.Enqueue(d);
                }
            }
        }
        return result;
    }
}
