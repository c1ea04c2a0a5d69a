namespace CxAssistant.Cli.Tests;

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cx-test-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A workspace in this folder with a shipped sample ingested by the real `cx ingest`.</summary>
    public string IngestedWorkspace(string sample = "trailhead-outfitters")
    {
        var workspace = System.IO.Path.Combine(Path, "W");
        Assert.Equal(0, CxProcess.Run("ingest", "samples/" + sample, "--workspace", workspace, "--quiet").ExitCode);
        return workspace;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
