using System.Collections.Concurrent;
using CxAssistant.Data.Workspace;
using CxAssistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Workspaces;

/// <summary>
/// The workspaces under the configured data root: one folder per validated name holding <c>workspace.db</c>, the search
/// indexes, <c>uploads/</c> (staged files) and <c>out/</c> (the latest reports). Users only ever pass a name.
/// </summary>
public sealed class WorkspaceStore
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public WorkspaceStore(IOptions<WebOptions> options)
    {
        Root = Path.GetFullPath(options.Value.DataRoot);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public IReadOnlyList<string> List() =>
        [
            .. Directory
                .EnumerateDirectories(Root)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(n =>
                    WorkspaceName.IsValid(n) && File.Exists(Path.Combine(Root, n, EvidenceWorkspace.DatabaseFileName))
                )
                .Order(StringComparer.Ordinal),
        ];

    public bool Exists(string name) =>
        WorkspaceName.IsValid(name) && File.Exists(Path.Combine(Folder(name), EvidenceWorkspace.DatabaseFileName));

    /// <summary>Creates the workspace; false when the name is taken.</summary>
    public bool Create(string name)
    {
        if (Exists(name))
        {
            return false;
        }
        using var workspace = EvidenceWorkspace.Open(Folder(name));
        return true;
    }

    /// <summary>
    /// The folder of a valid workspace name; throws for anything else so no caller can turn input into a path.
    /// </summary>
    public string Folder(string name)
    {
        if (!WorkspaceName.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a workspace name ({WorkspaceName.Rule}).", nameof(name));
        }
        return Path.Combine(Root, name);
    }

    public string OutputFolder(string name) => Path.Combine(Folder(name), "out");

    public EvidenceWorkspace Open(string name) => EvidenceWorkspace.Open(Folder(name));

    /// <summary>
    /// One writer or reader of a workspace's SQLite files at a time (imports, analyses and searches).
    /// </summary>
    public SemaphoreSlim Lock(string name) => _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
}
