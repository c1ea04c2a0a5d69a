using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Alerts;
using CxAssistant.Data.Workspace;
using CxAssistant.Ingestion;
using CxAssistant.Reports;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Uploads;
using CxAssistant.Web.Workspaces;

namespace CxAssistant.Web.Analysis;

/// <summary>
/// Starts the two long operations as background jobs: importing staged uploads into the workspace (one transaction per
/// file, with the user's column mapping) and the offline analysis (pipeline → reports in <c>out/</c> → search index).
/// </summary>
public sealed class AnalysisRunner(
    WorkspaceStore store,
    WorkspaceSummaries summaries,
    UploadStaging staging,
    JobRegistry jobs,
    AnalysisStore analyses,
    SearchIndexes searchIndexes,
    CatalogSettings catalogs,
    AlertOptions alerts
)
{
    /// <summary>
    /// Imports the staged files except <paramref name="skip"/> (files whose problem the page showed).
    /// </summary>
    public BackgroundJob? StartImport(
        string workspace,
        string uploadId,
        IReadOnlyDictionary<string, IngestOptions> mapping,
        IReadOnlySet<string>? skip = null
    ) => jobs.Start(workspace, "import", async (job, ct) =>
        {
            var folder = staging.UploadFolder(workspace, uploadId)
                ?? throw new InvalidOperationException("unknown upload");
            var files = Directory
                .EnumerateFiles(folder)
                .Order(StringComparer.Ordinal)
                .Where(f => skip?.Contains(Path.GetFileName(f)) != true)
                .ToList();
            var details = new List<string>();
            int added = 0,
                duplicates = 0,
                skipped = 0;
            var gate = store.Lock(workspace);
            await gate.WaitAsync(ct);
            try
            {
                using var ws = store.Open(workspace);
                for (var i = 0; i < files.Count; i++)
                {
                    var name = Path.GetFileName(files[i]);
                    job.Progress.Report(new JobEvent($"Importing {name}", i, files.Count));
                    var options = mapping.GetValueOrDefault(name) ?? IngestOptions.Default;
                    var report = await ws.IngestAsync([files[i]], options, new Forward(job, name), ct);
                    added += report.Added;
                    duplicates += report.Duplicates;
                    skipped += report.Skipped;
                    details.AddRange(report.SkippedInputs.Take(200).Select(s => s.ToString()));
                    details.AddRange(
                        report
                            .Files.Where(f => f.Status == FileImportStatus.AlreadyImported)
                            .Select(f => $"{f.File}: already imported")
                    );
                }
                job.Progress.Report(new JobEvent("Imported", files.Count, files.Count));
            }
            finally
            {
                gate.Release();
                summaries.Invalidate(workspace);
            }
            staging.Delete(workspace, uploadId);
            details.AddRange(
                skip?.Order(StringComparer.Ordinal)
                    .Select(f => $"{f}: not imported (its problem was shown before import)")
                    ?? []
            );
            job.Complete(
                JobStatus.Succeeded,
                $"Imported {added} records ({duplicates} duplicates, {skipped} rows skipped).",
                details
            );
        });

    public BackgroundJob? StartAnalysis(string workspace) => jobs.Start(workspace, "analysis", async (job, ct) =>
        {
            IngestResult ingest;
            IReadOnlyList<CxAssistant.Core.Corrections.Correction> corrections;
            var gate = store.Lock(workspace);
            await gate.WaitAsync(ct);
            try
            {
                job.Progress.Report(new JobEvent("Loading evidence", 0, 0));
                using var ws = store.Open(workspace);
                ingest = await ws.LoadAsync(ct);
                corrections = await ws.Corrections.ListAsync(ct);
            }
            finally
            {
                gate.Release();
            }
            if (ingest.Records.Count == 0)
            {
                job.Complete(
                    JobStatus.Failed,
                    "Nothing to analyse yet: upload and import some customer feedback first."
                );
                return;
            }
            // A catalog.yaml adopted at ingest lives in the workspace folder, which the pipeline checks like a data
            // folder.
            // A preset chosen on the sources page wins over the catalog, as --preset does on the command line.
            var options = new AnalyzeOptions
            {
                Paths = [store.Folder(workspace)],
                Top = AnalysisView.Top,
                Preset = catalogs.Preset(workspace),
                Corrections = corrections,
            };
            var progress = new Progress(job);
            var result = await Task.Run(() => new AnalysisPipeline().Analyse(ingest, options, progress, ct), ct);
            job.Progress.Report(new JobEvent("Writing reports", 0, 0));
            ReportWriter.WriteAll(
                result,
                store.OutputFolder(workspace),
                new ReportOptions
                {
                    Title = workspace,
                    Top = AnalysisView.Top,
                    Alerts = alerts,
                },
                ct
            );
            job.Progress.Report(new JobEvent("Indexing for search", 0, 0));
            await searchIndexes.RefreshAsync(workspace, result.Records, ct);
            analyses.Set(workspace, new AnalysisView(result));
            job.Complete(
                JobStatus.Succeeded,
                $"Analysed {result.Records.Count} records: "
                    + $"{result.Scoring.Touchpoints.Count} touchpoints scored, "
                    + $"{result.Personas.Count} personas.",
                [.. result.Skipped.Take(200).Select(s => s.ToString())]
            );
        });

    private sealed class Forward(BackgroundJob job, string file) : IProgress<WorkspaceProgress>
    {
        public void Report(WorkspaceProgress value) =>
            job.Progress.Report(new JobEvent($"{file}: {value.Stage.ToLowerInvariant()}", value.Done, value.Total));
    }

    private sealed class Progress(BackgroundJob job) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) =>
            job.Progress.Report(new JobEvent(value.Stage, value.Done, value.Total));
    }
}
