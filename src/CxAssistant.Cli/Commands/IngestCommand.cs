using System.CommandLine;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Memory;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx ingest`: imports files or folders into a durable workspace, one transaction per file.</summary>
internal static class IngestCommand
{
    public const string DefaultWorkspace = "cx-workspace";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of customer data (.csv .tsv .json .jsonl .txt .vtt .md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder (created when missing).",
            DefaultValueFactory = _ => DefaultWorkspace,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the totals." };
        var noIndex = new Option<bool>("--no-index")
        {
            Description =
                "Only import; build the search index (redact, chunk, embed, tag) later, on the next cx search.",
        };
        var ingest = new IngestOptionsBinder();
        var command = new Command(
            "ingest",
            "Import customer data into a workspace and index it for search; re-running adds only what is new."
        )
        {
            paths,
            workspace,
            quiet,
            noIndex,
        };
        ingest.AddTo(command);
        command.SetAction(
            (result, cancellationToken) =>
                RunAsync(
                    result.GetRequiredValue(paths),
                    result.GetRequiredValue(workspace),
                    ingest.Bind(result),
                    result.GetValue(quiet),
                    !result.GetValue(noIndex),
                    cancellationToken
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        string[] paths,
        string folder,
        Ingestion.IngestOptions options,
        bool quiet,
        bool index,
        CancellationToken cancellationToken
    )
    {
        try
        {
            using var workspace = EvidenceWorkspace.Open(folder);
            // Progress goes to stderr line by line (not a live bar) so logs, and the kill test, can follow the import.
            var progress = new ProgressLog(quiet);
            var report = await workspace.IngestAsync(paths, options, progress, cancellationToken).ConfigureAwait(false);
            var catalogRefused = false;
            try
            {
                if (workspace.AdoptCatalog(paths) is { } catalog)
                {
                    Console.Out.WriteLine($"Using {catalog} as the workspace's touchpoint catalog.");
                }
            }
            catch (CatalogException e)
            {
                Console.Error.WriteLine($"error: {e.Message} The catalog was not adopted; fix it and ingest again.");
                catalogRefused = true;
            }
            if (!quiet)
            {
                foreach (var file in report.Files)
                {
                    Console.Out.WriteLine("  " + Describe(file));
                }
            }
            var total = await workspace.CountRecordsAsync(cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(
                $"Ingested into {folder}: {report.Added} added, {report.Duplicates} "
                    + $"duplicates, {report.Skipped} skipped, "
                    + $"{report.AlreadyImported} file(s) already imported; {total} records in the workspace."
            );
            foreach (var skipped in report.SkippedInputs)
            {
                Console.Error.WriteLine("error: " + skipped);
            }
            if (report.Files.Count == 0 && report.Skipped > 0)
            {
                return ExitCodes.Failed;
            }
            var indexed = !index || total == 0 || await IndexAsync(workspace, cancellationToken).ConfigureAwait(false);
            return report.Skipped > 0 || !indexed || catalogRefused ? ExitCodes.CompletedWithErrors : ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(
                "error: Cancelled; the file being imported was rolled back, files "
                    + "already imported were kept. Re-run to resume."
            );
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is WorkspaceException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// Refreshes the search index; a vector store that is down costs the index, never the imported records.
    /// </summary>
    private static async Task<bool> IndexAsync(EvidenceWorkspace workspace, CancellationToken cancellationToken)
    {
        try
        {
            var options = WorkspaceSearch.ReadOptions(CxConfiguration.Load(), out var providers);
            using var ownsProviders = providers;
            using var search = await WorkspaceSearch
                .OpenAsync(workspace, options, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            ReportRefresh(search.Index);
            return true;
        }
        catch (Exception e)
            when (e
                    is Microsoft.Extensions.VectorData.VectorStoreException
                        or ModelProviderException
                        or ModelProviderConfigurationException
                        or ArgumentException
                        or CatalogException
                        or Microsoft.Data.Sqlite.SqliteException
            )
        {
            Console.Error.WriteLine(
                $"error: search index not updated: {e.Message} The imported records are safe in the workspace; "
                    + "cx search (or cx ingest again) indexes them once this is fixed."
            );
            return false;
        }
    }

    /// <summary>One stderr line when a refresh wrote anything (stdout stays the command's result).</summary>
    internal static void ReportRefresh(SearchIndex index)
    {
        var refresh = index.LastRefresh;
        if (refresh.Added > 0)
        {
            Console.Error.WriteLine($"Indexed {refresh.Added} new chunk(s) for search ({index.VectorLocation}).");
        }
        if (refresh.Rewritten > 0)
        {
            Console.Error.WriteLine(
                $"Re-indexed {refresh.Rewritten} chunk(s): the vector store, embedding "
                    + $"model or touchpoint catalog changed."
            );
        }
    }

    private static string Describe(FileImport file) =>
        file.Status switch
        {
            FileImportStatus.AlreadyImported => $"{file.File}: already imported",
            FileImportStatus.Unreadable => $"{file.File}: not imported (see errors)",
            _ => $"{file.File}: {file.Added} added, {file.Duplicates} duplicates, {file.Skipped} skipped",
        };

    /// <summary>
    /// One stderr line per stage and per 10,000 records written, in words a person reads: a file's records are saved
    /// together at its end, so the lines in between say "written so far", and only the last one says "saved".
    /// </summary>
    private sealed class ProgressLog(bool quiet) : IProgress<WorkspaceProgress>
    {
        public void Report(WorkspaceProgress value)
        {
            if (quiet || value.Stage == "Inserting" && value.Done % 10_000 != 0)
            {
                return;
            }
            Console.Error.WriteLine(value.File + ": " + Describe(value));
        }

        private static string Describe(WorkspaceProgress value) =>
            value switch
            {
                { Stage: "Reading" } => "reading",
                { Stage: "Inserting", Done: 0 } => $"saving {value.Total:N0} records",
                { Stage: "Inserting" } => $"{value.Done:N0} of {value.Total:N0} records written so far",
                { Stage: "Committed" } => "all records saved",
                _ => value.Stage.ToLowerInvariant(),
            };
    }
}
