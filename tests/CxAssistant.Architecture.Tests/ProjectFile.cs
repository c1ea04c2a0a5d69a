using System.Xml.Linq;

namespace CxAssistant.Architecture.Tests;

/// <summary>What a csproj declares: its references and where its assembly is built.</summary>
internal sealed record ProjectFile(
    string Name,
    string Path,
    string AssemblyName,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences
)
{
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>
    /// The project's folder relative to the repository root, with forward slashes (src/CxAssistant.Core).
    /// </summary>
    public string RelativeFolder => System.IO.Path.GetRelativePath(SolutionProjects.Root, Folder).Replace('\\', '/');

    /// <summary>The assembly the last build of the solution wrote (same configuration as this test).</summary>
    public string OutputAssembly =>
        System.IO.Path.Combine(Folder, "bin", SolutionProjects.Configuration, "net10.0", AssemblyName + ".dll");

    /// <summary>NuGet's restore result: which assemblies each package gives the compiler.</summary>
    public string AssetsFile => System.IO.Path.Combine(Folder, "obj", "project.assets.json");

    public static ProjectFile Read(string path)
    {
        var xml = XDocument.Load(path);
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        IEnumerable<XElement> Items(string kind) =>
            xml.Descendants(kind).Where(e => e.Attribute("Include") is not null);
        // A reference with ReferenceOutputAssembly="false" only orders the build; it is not a code reference.
        var projects = Items("ProjectReference")
            .Where(e =>
                !string.Equals(
                    (string?)e.Attribute("ReferenceOutputAssembly") ?? (string?)e.Element("ReferenceOutputAssembly"),
                    "false",
                    StringComparison.OrdinalIgnoreCase
                )
            )
            .Select(e =>
                System.IO.Path.GetFileNameWithoutExtension(((string)e.Attribute("Include")!).Replace('\\', '/'))
            )
            .ToList();
        return new ProjectFile(
            name,
            path,
            xml.Descendants("AssemblyName").LastOrDefault()?.Value ?? name,
            projects,
            [.. Items("PackageReference").Select(e => (string)e.Attribute("Include")!)],
            [.. Items("FrameworkReference").Select(e => (string)e.Attribute("Include")!)]
        );
    }

    public override string ToString() => Name;
}
