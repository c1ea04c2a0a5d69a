using System.CommandLine;
using CxAssistant.Agents.Configuration;
using CxAssistant.Data.Memory.Moves;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Memory;
using CxAssistant.Qdrant;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx workspace move`: moves a workspace's search index between the workspace folder and Qdrant, resumably.
/// </summary>
internal static class WorkspaceCommand
{
    public static Command Create()
    {
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder.",
            DefaultValueFactory = _ => IngestCommand.DefaultWorkspace,
        };
        var to = new Option<string>("--to")
        {
            Description = "Where the index goes: qdrant or embedded.",
            Required = true,
        };
        to.AcceptOnlyFromAmong("qdrant", "embedded");
        var move = new Command(
            "move",
            "Move the search index (vectors, keyword index, chunks) into Qdrant or "
                + "back into the workspace folder; re-run to resume."
        )
        {
            workspace,
            to,
        };
        move.SetAction(
            (result, cancellationToken) =>
                MoveAsync(
                    result.GetRequiredValue(workspace),
                    result.GetRequiredValue(to) == "qdrant",
                    cancellationToken
                )
        );
        return new Command("workspace", "Manage a workspace's storage.") { move };
    }

    private static async Task<int> MoveAsync(string folder, bool toQdrant, CancellationToken cancellationToken)
    {
        if (
            !File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName))
            || !File.Exists(Path.Combine(folder, SearchIndex.DatabaseFileName))
        )
        {
            Console.Error.WriteLine(
                $"error: {folder} has no search index to move; build it with cx ingest <files> --workspace {folder}."
            );
            return ExitCodes.Failed;
        }
        try
        {
            var configuration = CxConfiguration.Load();
            var configured = WorkspaceSearch.ReadOptions(configuration, out var owner);
            using var owns = owner;
            var qdrant = WorkspaceSearch.ReadQdrant(configuration.GetSection(WorkspaceSearch.Section + ":Qdrant"));
            using var ownStore = configured.Store is null ? new QdrantEvidenceStore(qdrant) : null;
            var external = configured with
            {
                Store = configured.Store ?? ownStore,
                StoreCollectionName = qdrant.CollectionName,
            };
            var embedded = configured with { Store = null };
            var progress = new Progress();
            var report = toQdrant
                ? await SearchIndexMove
                    .MoveAsync(folder, embedded, external, progress, cancellationToken)
                    .ConfigureAwait(false)
                : await SearchIndexMove
                    .MoveAsync(folder, external, embedded, progress, cancellationToken)
                    .ConfigureAwait(false);
            Print(report, toQdrant, configured.Store is not null);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(
                "error: Cancelled; the chunks copied so far are kept. Run the same command again to continue the move."
            );
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
            when (e
                    is VectorStoreException
                        or InvalidOperationException
                        or ArgumentException
                        or ModelProviderConfigurationException
                        or WorkspaceException
                        or IOException
            )
        {
            Console.Error.WriteLine(
                $"error: {e.Message} The index was not switched; it is still searchable where it was."
            );
            return ExitCodes.Failed;
        }
    }

    private static void Print(MoveReport report, bool toQdrant, bool providerIsQdrant)
    {
        if (report.AlreadyThere)
        {
            Console.Out.WriteLine(
                $"The search index is already in {report.To} ({report.Chunks} chunks); nothing to move."
            );
            return;
        }
        Console.Out.WriteLine(
            $"Moved {report.Chunks} chunks from {report.From} to {report.To} ({report.Copied} copied now, "
                + $"{report.Resumed} by an earlier run); verified: the target holds exactly the index's chunk ids."
        );
        if (toQdrant != providerIsQdrant)
        {
            Console.Out.WriteLine(
                $"Set CxAssistant:VectorStore:Provider to {(toQdrant ? "Qdrant" : "Embedded")} (environment: "
                    + $"CxAssistant__VectorStore__Provider={(toQdrant ? "Qdrant" : "Embedded")}) "
                    + $"so cx searches it there."
            );
        }
    }

    /// <summary>One stderr line per copied slice.</summary>
    private sealed class Progress : IProgress<MoveProgress>
    {
        public void Report(MoveProgress value) => Console.Error.WriteLine($"moved {value.Done}/{value.Total} chunks");
    }
}
