using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Data.Workspace;
using CxAssistant.Evals.Stages;
using CxAssistant.Ingestion;

namespace CxAssistant.Evals.Chat;

/// <summary>
/// The workspaces chat cases talk to, made the way an owner makes one (<c>cx ingest</c> of the case's paths, then the
/// chat's own analysis cache), once per distinct set of records in a process. A workspace lives under the temp folder,
/// named by the SHA-256 of its evidence ids, so a later run with the same data reuses its stored analysis and index;
/// changed data gets a new folder. Assertions read the same analysis the answers came from.
/// </summary>
public static class ChatWorkspaces
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> Open = new(StringComparer.Ordinal);

    /// <summary>Where the workspaces live (one sub-folder per data set).</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "cx-eval-chat");

    /// <summary>The chat data over a case's paths, and the gate that serialises conversations over it.</summary>
    public static Task<Entry> GetAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GetAsync(request.Data, Path.GetDirectoryName(request.Suite.SourcePath) ?? ".", cancellationToken);
    }

    /// <summary>As above, for a case's data whose paths are relative to <paramref name="suiteDir"/>.</summary>
    public static Task<Entry> GetAsync(CaseData data, string suiteDir, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var inputs = data.Inputs;
        if (inputs.Records.Count > 0 || inputs.Paths.Count == 0 || inputs.Catalog is not null)
        {
            throw new InvalidOperationException(
                "chat cases read data folders or files ('paths', with any catalog.yaml "
                    + "inside them); inline 'records' and 'catalog' are not supported."
            );
        }
        var paths = inputs.Paths.Select(p => Path.GetFullPath(Path.Combine(suiteDir, p))).ToList();
        var key = Key(data, paths);
        // The build is not tied to the first caller's cancellation: other cases wait for the same workspace.
        return Open.GetOrAdd(key, k => new Lazy<Task<Entry>>(() => BuildAsync(Path.Combine(Root, k), paths)))
            .Value.WaitAsync(cancellationToken);
    }

    private static async Task<Entry> BuildAsync(string folder, List<string> paths)
    {
        using (var workspace = EvidenceWorkspace.Open(folder))
        {
            workspace.AdoptCatalog(paths);
            await workspace.IngestAsync(paths, new IngestOptions()).ConfigureAwait(false);
        }
        var (chat, _) = await WorkspaceAnalysisCache.OpenAsync(folder).ConfigureAwait(false);
        return new Entry(chat, new SemaphoreSlim(1, 1));
    }

    /// <summary>Evidence ids plus any catalog file's bytes: an edited catalog gets a fresh workspace.</summary>
    private static string Key(CaseData data, List<string> paths)
    {
        // The schema version too: a workspace another cx (newer or older) made in the shared temp folder is not ours.
        var text = new StringBuilder().Append("schema ").Append(EvidenceWorkspace.LatestSchemaVersion).Append('\n');
        foreach (var id in data.Records.Select(r => r.Id).Order(StringComparer.Ordinal))
        {
            text.Append(id).Append('\n');
        }
        foreach (
            var catalog in paths
                .Where(Directory.Exists)
                .SelectMany(p => Directory.EnumerateFiles(p, "catalog.y*ml"))
                .Order(StringComparer.Ordinal)
        )
        {
            text.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(catalog))));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>
    /// One workspace's chat data; <see cref="Gate"/> lets one conversation at a time use its search index.
    /// </summary>
    public sealed record Entry(ChatData Data, SemaphoreSlim Gate);
}
