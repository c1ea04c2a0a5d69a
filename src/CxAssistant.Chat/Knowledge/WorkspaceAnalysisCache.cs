using System.Text.Json;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Reports;

namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// Keeps a workspace's analysis next to its data (<c>chat/analysis.json</c> + <c>chat/analysis-stamp.json</c>): the
/// first chat over a workspace runs the offline analysis and stores it; later sessions load it instantly; when the
/// workspace's records change (fingerprint of evidence ids) or the generator version changes, it is analysed again.
/// </summary>
public static class WorkspaceAnalysisCache
{
    /// <summary>Folder inside the workspace holding the cache and saved sessions.</summary>
    public const string FolderName = "chat";
    private const string AnalysisFile = "analysis.json";
    private const string StampFile = "analysis-stamp.json";

    /// <summary>How the analysis was obtained.</summary>
    public enum Outcome
    {
        /// <summary>Loaded from the cache.</summary>
        Cached,

        /// <summary>Analysed now (no cache yet).</summary>
        Analysed,

        /// <summary>Analysed again because the records or the generator changed.</summary>
        Reanalysed,
    }

    /// <summary>
    /// Opens the workspace's chat data: cached analysis when fresh, otherwise a new analysis (stored for next time),
    /// plus the search index brought up to date. Throws <see cref="WorkspaceException"/> when there is no workspace or
    /// no evidence.
    /// </summary>
    public static Task<(ChatData Data, Outcome Outcome)> OpenAsync(
        string folder,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default
    ) => OpenAsync(folder, SearchIndexOptions.Offline, progress, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string, IProgress{AnalysisProgress}?, CancellationToken)"/>, with the search index in
    /// the
    /// configured vector store (<paramref name="search"/>, e.g. Qdrant, which then runs the hybrid search).
    /// </summary>
    public static Task<(ChatData Data, Outcome Outcome)> OpenAsync(
        string folder,
        SearchIndexOptions search,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default
    ) => OpenAsync(folder, search, new CatalogChoice(), progress, cancellationToken);

    /// <summary>As above, analysing with the touchpoints of <paramref name="choice"/> (--catalog / --preset).</summary>
    public static async Task<(ChatData Data, Outcome Outcome)> OpenAsync(
        string folder,
        SearchIndexOptions search,
        CatalogChoice choice,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(choice);
        var full = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(full, EvidenceWorkspace.DatabaseFileName)))
        {
            throw new WorkspaceException(
                $"{folder} is not a workspace (no "
                    + $"{EvidenceWorkspace.DatabaseFileName}); create it with: cx ingest "
                    + $"<files> --workspace {folder}"
            );
        }
        var (records, count) = await WorkspaceFingerprint.ComputeAsync(full, cancellationToken).ConfigureAwait(false);
        // The catalog choice is part of the key: another catalog means another analysis, never the cached one.
        var fingerprint = choice.Key() is { Length: > 0 } key ? records + "+" + key : records;
        if (count == 0)
        {
            throw new WorkspaceException(
                $"The workspace in {folder} holds no evidence; import files with: cx "
                    + $"ingest <files> --workspace {folder}"
            );
        }

        var cacheFolder = Path.Combine(full, FolderName);
        var stamp = ReadStamp(cacheFolder);
        var generator = Generator();
        AnalysisResult? analysis = null;
        var outcome = stamp is null ? Outcome.Analysed : Outcome.Reanalysed;
        if (stamp is not null && stamp.Fingerprint == fingerprint && stamp.Generator == generator)
        {
            progress?.Report(new AnalysisProgress("Loading the stored analysis", 0, 0));
            analysis = TryLoad(Path.Combine(cacheFolder, AnalysisFile));
            if (analysis is not null)
            {
                outcome = Outcome.Cached;
            }
        }
        if (analysis is null)
        {
            analysis = await AnalyseAsync(full, choice, progress, cancellationToken).ConfigureAwait(false);
            Store(cacheFolder, analysis, new CacheStamp(fingerprint, count, generator, analysis.GeneratedAt));
        }

        progress?.Report(new AnalysisProgress("Indexing for search", 0, 0));
        var index = SearchIndex.Open(full, search);
        try
        {
            await index.RefreshAsync(analysis.Records, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            index.Dispose();
            throw;
        }
        return (new ChatData(analysis, index, full), outcome);
    }

    private static async Task<AnalysisResult> AnalyseAsync(
        string folder,
        CatalogChoice choice,
        IProgress<AnalysisProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        progress?.Report(new AnalysisProgress("Reading the workspace", 0, 0));
        Ingestion.IngestResult ingest;
        using (var workspace = EvidenceWorkspace.Open(folder))
        {
            ingest = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        // Forwarded synchronously: Progress<T> would post reports to the thread pool, out of order and after the fact.
        var pipelineProgress = progress is null ? null : new Forward(progress);
        // Paths = the workspace folder, so its adopted catalog.yaml is used exactly as `cx analyze --workspace` does.
        var options = new AnalyzeOptions
        {
            Paths = [folder],
            CatalogPath = choice.CatalogPath,
            Preset = choice.Preset,
        };
        return await Task.Run(
                () => new AnalysisPipeline().Analyse(ingest, options, pipelineProgress, cancellationToken),
                cancellationToken
            )
            .ConfigureAwait(false);
    }

    private static void Store(string cacheFolder, AnalysisResult analysis, CacheStamp stamp)
    {
        Directory.CreateDirectory(cacheFolder);
        // Analysis first, stamp last: a crash in between leaves a stale stamp, which only causes a re-analysis.
        WriteAtomically(Path.Combine(cacheFolder, AnalysisFile), s => AnalysisJson.Write(s, analysis));
        WriteAtomically(Path.Combine(cacheFolder, StampFile), s =>
            JsonSerializer.Serialize(s, stamp, AnalysisJson.Options)
        );
    }

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            write(stream);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static CacheStamp? ReadStamp(string cacheFolder)
    {
        try
        {
            using var stream = File.OpenRead(Path.Combine(cacheFolder, StampFile));
            return JsonSerializer.Deserialize<CacheStamp>(stream, AnalysisJson.Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads analysis.json back into an analysis; null when it is missing or unreadable (then it is recomputed).
    /// </summary>
    private static AnalysisResult? TryLoad(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return AnalysisJson.Read(stream).ToResult();
        }
        catch (Exception e)
            when (e
                    is IOException
                        or JsonException
                        or InvalidDataException
                        or NotSupportedException
                        or UnauthorizedAccessException
                        or ArgumentException
            )
        {
            return null;
        }
    }

    // The redaction version is part of it: an analysis stored before records were redacted must not be served again.
    /// <summary>
    /// What made the analysis: the version number alone stays the same across builds, so the builds of the analysis and
    /// of its stored form (their module ids, which change whenever their code does) decide when a cache is stale.
    /// </summary>
    private static string Generator() =>
        "CxAssistant "
        + (typeof(AnalysisDocument).Assembly.GetName().Version?.ToString() ?? "dev")
        + " "
        + RecordRedaction.Version
        + " "
        + typeof(AnalysisPipeline).Module.ModuleVersionId.ToString("N")[..12]
        + " "
        + typeof(AnalysisDocument).Module.ModuleVersionId.ToString("N")[..12];

    private sealed class Forward(IProgress<AnalysisProgress> target) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) =>
            target.Report(new AnalysisProgress(value.Stage, value.Done, value.Total));
    }
}
