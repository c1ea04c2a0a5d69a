using CxAssistant.Core.Corrections;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Data.Corrections;

namespace CxAssistant.Web.Workspaces;

/// <summary>
/// Corrections made in the web UI (docs/corrections.md): each request is checked against the workspace and the
/// analysis on screen, and either all of them are stored, with who made them, or none is. Under the workspace's lock,
/// like every other write.
/// </summary>
public static class WebCorrections
{
    public static async Task<(int Saved, IReadOnlyList<string> Problems)> SaveAsync(
        WorkspaceStore store,
        string ws,
        TouchpointCatalog catalog,
        IReadOnlyList<CorrectionRequest> requests,
        string by,
        CancellationToken cancellationToken
    )
    {
        var gate = store.Lock(ws);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var workspace = store.Open(ws);
            var checker = new CorrectionChecker(workspace.Corrections, catalog);
            var items = new List<(CorrectionKind, string, string)>();
            var problems = new List<string>();
            foreach (var request in requests)
            {
                var (ok, problem) = await checker.CheckAsync(request, cancellationToken);
                if (ok is null)
                {
                    problems.Add(problem!);
                }
                else
                {
                    items.Add((ok.Kind, ok.Target, ok.Value));
                }
            }
            if (problems.Count > 0)
            {
                return (0, problems);
            }
            var added = await workspace.Corrections.AddAsync(items, by, cancellationToken);
            return (added.Count, []);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The corrections in force that <paramref name="concerns"/> selects, oldest first.</summary>
    public static async Task<IReadOnlyList<Correction>> ListAsync(
        WorkspaceStore store,
        string ws,
        Func<Correction, bool> concerns,
        CancellationToken cancellationToken
    )
    {
        var gate = store.Lock(ws);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var workspace = store.Open(ws);
            return [.. (await workspace.Corrections.ListAsync(cancellationToken)).Where(concerns)];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>"Saved 2 corrections by ana. They apply when the analysis runs again."</summary>
    public static string SavedMessage(int count, string by) =>
        $"Saved {count} correction{(count == 1 ? "" : "s")} by {by}. They apply when the analysis runs again.";
}
