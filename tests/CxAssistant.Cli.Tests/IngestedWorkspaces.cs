namespace CxAssistant.Cli.Tests;

/// <summary>Workspaces the real `cx ingest` builds inside a test's temp folder.</summary>
internal static class IngestedWorkspaces
{
    /// <summary>A workspace in this folder with a shipped sample ingested by the real `cx ingest`.</summary>
    public static string IngestedWorkspace(this TempFolder folder, string sample = "trailhead-outfitters")
    {
        var workspace = folder.Combine("W");
        Assert.Equal(0, CxProcess.Run("ingest", "samples/" + sample, "--workspace", workspace, "--quiet").ExitCode);
        return workspace;
    }
}
