using CxAssistant.Agents.Configuration;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Hosting.Memory;

namespace CxAssistant.Cli.Chat;

/// <summary>
/// Opens a workspace's chat data with progress on stderr (stdout stays for answers, or for the MCP protocol).
/// </summary>
internal static class ChatDataLoader
{
    public static async Task<ChatData> OpenAsync(
        string folder,
        bool quiet,
        CancellationToken cancellationToken,
        CatalogChoice? choice = null
    )
    {
        var last = "";
        var progress = new SynchronousProgress(p =>
        {
            if (quiet || p.Stage == last)
            {
                return;
            }
            last = p.Stage;
            Console.Error.WriteLine(p.Stage + "…");
        });
        // The configured vector store (CxAssistant:VectorStore), offline embeddings as before. A Qdrant connection
        // lives
        // as long as this process (chat, ask and mcp search until they exit).
        var search = WorkspaceSearch.ReadOptions(CxConfiguration.Load());
        var (data, outcome) = await WorkspaceAnalysisCache
            .OpenAsync(folder, search, choice ?? new CatalogChoice(), progress, cancellationToken)
            .ConfigureAwait(false);
        if (!quiet && outcome != WorkspaceAnalysisCache.Outcome.Cached)
        {
            Console.Error.WriteLine(
                outcome == WorkspaceAnalysisCache.Outcome.Analysed
                    ? $"Analysed {data.Analysis.Records.Count} records and stored the "
                        + $"analysis in the workspace for next time."
                    : $"The workspace changed: analysed {data.Analysis.Records.Count} records "
                        + $"again and stored the result."
            );
        }
        return data;
    }

    /// <summary>Annotation reports from parallel workers; one at a time keeps the stage lines in order.</summary>
    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        private readonly Lock _lock = new();

        public void Report(AnalysisProgress value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
