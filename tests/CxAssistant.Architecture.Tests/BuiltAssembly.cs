using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CxAssistant.Architecture.Tests;

/// <summary>
/// What a built assembly's metadata says it uses: the assemblies in its AssemblyRef table and the types it refers to.
/// The compiler writes an AssemblyRef only for an assembly whose types, members or attributes the code uses, so a
/// referenced project or package missing from this table is not used by the code.
/// </summary>
internal sealed record BuiltAssembly(IReadOnlySet<string> AssemblyReferences, IReadOnlySet<string> TypeReferences)
{
    private static readonly Dictionary<string, BuiltAssembly> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The last build of <paramref name="project"/>; fails when it is missing or older than the sources.
    /// </summary>
    public static BuiltAssembly Of(ProjectFile project)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(project.Name, out var known))
            {
                return known;
            }
            var path = project.OutputAssembly;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"{path} is missing: build the solution first (dotnet build CxAssistant.sln)."
                );
            }
            var newestSource = Directory
                .EnumerateFiles(project.Folder, "*.*", SearchOption.AllDirectories)
                .Where(f =>
                    !IsBuildOutput(project, f)
                    && (
                        f.EndsWith(".cs", StringComparison.Ordinal)
                        || f.EndsWith(".csproj", StringComparison.Ordinal)
                        || f.EndsWith(".cshtml", StringComparison.Ordinal)
                    )
                )
                .Max(File.GetLastWriteTimeUtc);
            if (File.GetLastWriteTimeUtc(path) < newestSource)
            {
                throw new InvalidOperationException(
                    $"{path} is older than {project.Name}'s sources: build the solution first."
                );
            }
            return Cache[project.Name] = Read(path);
        }
    }

    /// <summary>
    /// The types an assembly (a package's) forwards to another assembly, as "Namespace.Name, Assembly".
    /// </summary>
    public static IReadOnlySet<string> ForwardedTypes(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata
            .ExportedTypes.Select(metadata.GetExportedType)
            .Where(t => t.IsForwarder && t.Implementation.Kind == HandleKind.AssemblyReference)
            .Select(t => TypeKey(metadata, t.Namespace, t.Name, (AssemblyReferenceHandle)t.Implementation))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The assembly a "Namespace.Name, Assembly" key names.</summary>
    public static string AssemblyOf(string typeKey) =>
        typeKey[(typeKey.LastIndexOf(", ", StringComparison.Ordinal) + 2)..];

    private static BuiltAssembly Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata
            .AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .ToHashSet(StringComparer.Ordinal);
        var types = metadata
            .TypeReferences.Select(metadata.GetTypeReference)
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference)
            .Select(t => TypeKey(metadata, t.Namespace, t.Name, (AssemblyReferenceHandle)t.ResolutionScope))
            .ToHashSet(StringComparer.Ordinal);
        return new BuiltAssembly(assemblies, types);
    }

    private static string TypeKey(
        MetadataReader metadata,
        StringHandle ns,
        StringHandle name,
        AssemblyReferenceHandle assembly
    ) =>
        $"{metadata.GetString(ns)}.{metadata.GetString(name)}, "
        + $"{metadata.GetString(metadata.GetAssemblyReference(assembly).Name)}";

    private static bool IsBuildOutput(ProjectFile project, string file)
    {
        var relative = Path.GetRelativePath(project.Folder, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal)
            || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
