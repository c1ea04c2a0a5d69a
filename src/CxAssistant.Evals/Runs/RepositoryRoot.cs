namespace CxAssistant.Evals.Runs;

/// <summary>
/// Finds the checkout (the folder holding CxAssistant.sln) that `cx eval` and the web UI's eval page read from. Tests
/// find it with the test kit's own helper: product code cannot reference the tests.
/// </summary>
public static class RepositoryRoot
{
    /// <summary>The root above the current folder or the binaries, or null outside a checkout.</summary>
    public static string? Find() => FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);

    /// <summary>The root at or above <paramref name="folder"/>, or null when none is.</summary>
    public static string? FindAbove(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The <c>evals</c> folder of the checkout (or of the current folder).</summary>
    public static string Evals() => Path.Combine(Find() ?? Directory.GetCurrentDirectory(), "evals");
}
