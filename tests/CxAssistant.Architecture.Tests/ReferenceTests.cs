namespace CxAssistant.Architecture.Tests;

/// <summary>
/// References only where code uses them: every ProjectReference, PackageReference and FrameworkReference of every
/// project in the solution must show up in the AssemblyRef table of the assembly that project builds, unless
/// <see cref="UnusedReferenceAllowList"/> says why not.
/// </summary>
public sealed class ReferenceTests
{
    [Fact]
    public void ProjectReferences_EveryProject_AreUsedByItsCode()
    {
        var unused = SolutionProjects
            .All.SelectMany(p =>
                UnusedProjectReferences(p)
                    .Where(r => UnusedReferenceAllowList.ReasonFor(p.Name, r) is null)
                    .Select(r => $"{p.Name} references project {r}, but its code uses nothing from it")
            )
            .ToList();
        Assert.True(unused.Count == 0, Explain(unused));
    }

    [Fact]
    public void PackageReferences_EveryProject_AreUsedByItsCode()
    {
        var unused = SolutionProjects
            .All.SelectMany(p =>
                UnusedPackageReferences(p)
                    .Where(r => UnusedReferenceAllowList.ReasonFor(p.Name, r) is null)
                    .Select(r => $"{p.Name} references package {r}, but its code uses none of its assemblies")
            )
            .ToList();
        Assert.True(unused.Count == 0, Explain(unused));
    }

    [Fact]
    public void FrameworkReferences_EveryProject_AreUsedByItsCode()
    {
        var unused = SolutionProjects
            .All.SelectMany(p =>
                UnusedFrameworkReferences(p)
                    .Where(r => UnusedReferenceAllowList.ReasonFor(p.Name, r) is null)
                    .Select(r => $"{p.Name} references framework {r}, but its code uses none of its assemblies")
            )
            .ToList();
        Assert.True(unused.Count == 0, Explain(unused));
    }

    [Fact]
    public void AllowList_EveryEntry_IsStillDeclaredAndStillUnused()
    {
        var stale = new List<string>();
        foreach (var entry in UnusedReferenceAllowList.Entries)
        {
            var project = SolutionProjects.All.SingleOrDefault(p => p.Name == entry.Project);
            if (project is null)
            {
                stale.Add($"{entry.Project} is not in the solution any more");
                continue;
            }
            var declared = project
                .ProjectReferences.Concat(project.PackageReferences)
                .Concat(project.FrameworkReferences)
                .Contains(entry.Reference, StringComparer.OrdinalIgnoreCase);
            var unused = UnusedProjectReferences(project)
                .Concat(UnusedPackageReferences(project))
                .Concat(UnusedFrameworkReferences(project))
                .Contains(entry.Reference, StringComparer.OrdinalIgnoreCase);
            if (!declared)
            {
                stale.Add($"{entry.Project} no longer references {entry.Reference}");
            }
            else if (!unused)
            {
                stale.Add($"{entry.Project}'s code now uses {entry.Reference}: it needs no allow-list entry");
            }
        }
        Assert.True(
            stale.Count == 0,
            "Delete these allow-list entries:" + Environment.NewLine + string.Join(Environment.NewLine, stale)
        );
    }

    [Fact]
    public void AllowList_EveryEntry_SaysWhy()
    {
        Assert.All(UnusedReferenceAllowList.Entries, e =>
            Assert.True(e.Reason.Length >= 20, $"{e.Project} → {e.Reference}: give the reason")
        );
    }

    private static IEnumerable<string> UnusedProjectReferences(ProjectFile project)
    {
        if (project.ProjectReferences.Count == 0)
        {
            return [];
        }
        var used = BuiltAssembly.Of(project).AssemblyReferences;
        return project.ProjectReferences.Where(r => !used.Contains(SolutionProjects.Named(r).AssemblyName));
    }

    /// <summary>
    /// A package is used when the code refers to one of its assemblies, or to a type one of them forwards to another
    /// package's assembly (Azure.Identity's credentials now live in Azure.Core: the code names Azure.Identity, the
    /// metadata Azure.Core). Forwards into the shared framework (facades) do not count: every assembly uses those
    /// types.
    /// </summary>
    private static IEnumerable<string> UnusedPackageReferences(ProjectFile project)
    {
        if (project.PackageReferences.Count == 0)
        {
            return [];
        }
        var built = BuiltAssembly.Of(project);
        var assemblies = PackageAssemblies.Of(project);
        var packaged = assemblies
            .Values.SelectMany(f => f)
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);
        return project.PackageReferences.Where(package =>
            !assemblies.TryGetValue(package, out var files)
            || !files.Any(f =>
                built.AssemblyReferences.Contains(Path.GetFileNameWithoutExtension(f))
                || BuiltAssembly
                    .ForwardedTypes(f)
                    .Any(t => packaged.Contains(BuiltAssembly.AssemblyOf(t)) && built.TypeReferences.Contains(t))
            )
        );
    }

    // Microsoft.AspNetCore.App is the only shared framework referenced by name here; its own assemblies are
    // Microsoft.AspNetCore.*.
    private static IEnumerable<string> UnusedFrameworkReferences(ProjectFile project)
    {
        if (project.FrameworkReferences.Count == 0)
        {
            return [];
        }
        var used = BuiltAssembly.Of(project).AssemblyReferences;
        return project.FrameworkReferences.Where(framework =>
            framework != "Microsoft.AspNetCore.App"
            || !used.Any(a => a.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal))
        );
    }

    private static string Explain(List<string> problems) =>
        $"{problems.Count} unused reference(s); remove them, or add an entry "
        + $"with its reason to UnusedReferenceAllowList:"
        + Environment.NewLine
        + string.Join(Environment.NewLine, problems);
}
