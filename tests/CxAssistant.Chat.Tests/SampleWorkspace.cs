using CxAssistant.Chat.Knowledge;
using CxAssistant.Chat.Tools;
using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;

namespace CxAssistant.Chat.Tests;

/// <summary>
/// A real workspace made by ingesting a shipped sample (as `cx ingest` does), analysed once per test class through
/// the cache. Tests share it read-only; tests that change a workspace make their own with <see cref="CreateAsync"/>.
/// </summary>
public sealed class SampleWorkspace : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cx-chat-tests-" + Guid.NewGuid().ToString("N"));

    public ChatData Data { get; private set; } = null!;

    public ChatToolbox Toolbox { get; private set; } = null!;

    public static string RepoRoot { get; } = RepositoryRoot.Path;

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    public async Task InitializeAsync()
    {
        await CreateAsync(Folder, Sample("trailhead-outfitters"));
        (Data, _) = await WorkspaceAnalysisCache.OpenAsync(Folder);
        Toolbox = new ChatToolbox(Data);
    }

    public Task DisposeAsync()
    {
        Data.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }

    /// <summary>Ingests <paramref name="paths"/> into a workspace at <paramref name="folder"/>.</summary>
    public static async Task CreateAsync(string folder, params string[] paths)
    {
        using var workspace = EvidenceWorkspace.Open(folder);
        workspace.AdoptCatalog(paths);
        await workspace.IngestAsync(paths, new IngestOptions());
    }
}
