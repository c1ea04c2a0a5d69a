namespace CxAssistant.Agents.Tests.Support;

/// <summary>Finds the repository root (the folder holding CxAssistant.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder's full path.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CxAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("CxAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
