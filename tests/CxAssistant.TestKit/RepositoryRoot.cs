namespace CxAssistant.TestKit;

/// <summary>The checkout the tests run from: the folder holding CxAssistant.sln above the test binaries.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder's full path.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path inside the checkout, e.g. <c>Combine("evals", "suites")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The folder of a shipped sample ("bloom-and-crumb", "trailhead-outfitters").</summary>
    public static string Sample(string name) => Combine("samples", name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CxAssistant.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CxAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
