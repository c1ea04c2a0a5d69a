using System.Text.RegularExpressions;

namespace CxAssistant.Architecture.Tests;

/// <summary>The projects listed in CxAssistant.sln, found from the test's output folder.</summary>
internal static partial class SolutionProjects
{
    /// <summary>The repository root (the folder holding CxAssistant.sln).</summary>
    public static string Root { get; } = RepositoryRoot.Path;

    /// <summary>
    /// The build configuration this test was built with (Debug or Release): the others are read from the same.
    /// </summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>Every C# project of the solution.</summary>
    public static IReadOnlyList<ProjectFile> All { get; } = Load();

    public static ProjectFile Named(string name) =>
        All.SingleOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"{name} is not in CxAssistant.sln");

    private static List<ProjectFile> Load()
    {
        var solution = File.ReadAllText(Path.Combine(Root, "CxAssistant.sln"));
        return
        [
            .. ProjectLine()
                .Matches(solution)
                .Select(m => m.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar))
                .Select(relative => ProjectFile.Read(Path.Combine(Root, relative)))
                .OrderBy(p => p.Name, StringComparer.Ordinal),
        ];
    }

    [GeneratedRegex(@"^Project\(""[^""]+""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex ProjectLine();
}
