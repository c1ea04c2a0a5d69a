namespace CxAssistant.Web.Tests;

/// <summary>Finds files of the repository (samples/) from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("CxAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
