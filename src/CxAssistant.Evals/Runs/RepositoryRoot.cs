namespace CxAssistant.Evals.Runs;

/// <summary>Finds the repository root (the folder holding CxAssistant.sln) above the current folder or the binaries.</summary>
public static class RepositoryRoot
{
    /// <summary>The root, or null outside a checkout.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The <c>evals</c> folder of the checkout (or of the current folder).</summary>
    public static string Evals() => Path.Combine(Find() ?? Directory.GetCurrentDirectory(), "evals");
}
