using CxAssistant.Agents.Configuration;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Data.Corrections;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Reports;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// What `cx correct` does once its options are read: each action opens the workspace, acts, and says what it did.
/// </summary>
internal sealed class CorrectRunner(string folder, string? by, string? analysis)
{
    /// <summary>
    /// Checks every request first; stores all of them or, on any problem, none (each problem named with its line).
    /// </summary>
    public async Task<int> AddAsync(
        IReadOnlyList<(int Line, CorrectionRequest Request)> requests,
        string? file,
        CancellationToken cancellationToken
    )
    {
        using var workspace = OpenExisting();
        if (workspace is null)
        {
            return ExitCodes.Failed;
        }
        TouchpointCatalog? catalog;
        try
        {
            catalog = Catalog();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        var checker = new CorrectionChecker(workspace.Corrections, catalog);
        var items = new List<(CorrectionKind, string, string)>();
        var problems = new List<string>();
        foreach (var (line, request) in requests)
        {
            var (ok, problem) = await checker.CheckAsync(request, cancellationToken).ConfigureAwait(false);
            if (ok is not null)
            {
                items.Add((ok.Kind, ok.Target, ok.Value));
            }
            else
            {
                problems.Add(file is null ? problem! : $"{Path.GetFileName(file)}, line {line}: {problem}");
            }
        }
        if (problems.Count > 0)
        {
            foreach (var p in problems.Take(50))
            {
                Console.Error.WriteLine("error: " + p);
            }
            if (problems.Count > 50)
            {
                Console.Error.WriteLine($"error: … and {problems.Count - 50} more.");
            }
            Console.Error.WriteLine("Nothing was stored; fix the problems and run the command again.");
            return ExitCodes.Failed;
        }
        var added = await workspace.Corrections.AddAsync(items, Who(), cancellationToken).ConfigureAwait(false);
        foreach (var c in added)
        {
            Console.Out.WriteLine("Stored " + c);
        }
        if (
            catalog is null
            && added.Any(c =>
                c.Kind is not (CorrectionKind.Sentiment or CorrectionKind.Intent or CorrectionKind.Irrelevant)
            )
        )
        {
            Console.Error.WriteLine(
                "warning: no analysis found to check touchpoint names against (give --analysis <out-dir>); "
                    + "the next analysis reports any name that matches nothing."
            );
        }
        Console.Out.WriteLine($"They apply from the next analysis: cx analyze --workspace {folder}");
        return ExitCodes.Ok;
    }

    public async Task<int> FromFileAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"error: {file}: file not found.");
            return ExitCodes.Failed;
        }
        var (lines, problems) = CorrectionFile.Read(file);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                Console.Error.WriteLine("error: " + p);
            }
            Console.Error.WriteLine("Nothing was stored; fix the file and run the command again.");
            return ExitCodes.Failed;
        }
        return await AddAsync(lines, file, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        using var workspace = OpenExisting();
        if (workspace is null)
        {
            return ExitCodes.Failed;
        }
        var all = await workspace.Corrections.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in all)
        {
            Console.Out.WriteLine(c.ToString());
        }
        Console.Out.WriteLine($"{all.Count} correction(s) in force in {folder}.");
        return ExitCodes.Ok;
    }

    public async Task<int> UndoAsync(long id, CancellationToken cancellationToken)
    {
        using var workspace = OpenExisting();
        if (workspace is null)
        {
            return ExitCodes.Failed;
        }
        if (!await workspace.Corrections.UndoAsync(id, Who(), cancellationToken).ConfigureAwait(false))
        {
            Console.Error.WriteLine($"error: no correction #{id} in force in {folder} (see cx correct --list).");
            return ExitCodes.Failed;
        }
        Console.Out.WriteLine($"Undid correction #{id}; the next analysis no longer applies it.");
        return ExitCodes.Ok;
    }

    public async Task<int> ExportAsync(string file, string? catalog, bool rawText, CancellationToken cancellationToken)
    {
        using var workspace = OpenExisting();
        if (workspace is null)
        {
            return ExitCodes.Failed;
        }
        var corrections = await workspace.Corrections.ListAsync(cancellationToken).ConfigureAwait(false);
        var ingest = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
        // A catalog file is named by its full path: the suite is read from its own folder.
        var reference = catalog is not null && File.Exists(catalog) ? Path.GetFullPath(catalog) : catalog;
        var result = LabelledSetExport.Write(ingest, corrections, file, reference, rawText, cancellationToken);
        Console.Out.WriteLine(
            $"Wrote {result.Records} labelled record(s) to {file} and the suite {result.SuitePath}"
                + (result.Irrelevant > 0 ? $" ({result.Irrelevant} marked irrelevant, not exported)." : ".")
        );
        Console.Out.WriteLine(
            $"Measure the annotator against the team's labels: cx eval run {result.SuitePath} --provider offline"
        );
        return ExitCodes.Ok;
    }

    private EvidenceWorkspace? OpenExisting()
    {
        if (File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)))
        {
            return EvidenceWorkspace.Open(folder);
        }
        Console.Error.WriteLine(
            $"error: no workspace in {folder}; import files first with: cx ingest <paths> --workspace {folder}"
        );
        return null;
    }

    /// <summary>Who corrects: --by, else configuration CxAssistant:User, else the login name.</summary>
    private string Who() =>
        by is { Length: > 0 } ? by.Trim()
        : CxConfiguration.Load()["CxAssistant:User"] is { Length: > 0 } configured ? configured.Trim()
        : Environment.UserName is { Length: > 0 } login ? login
        : "unknown";

    /// <summary>
    /// Confirms the record's labels as the latest analysis read them (sentiment, intent, touchpoints): stored as the
    /// team's own, so the exported set samples agreement too (docs/corrections.md).
    /// </summary>
    public async Task<int> ConfirmAsync(string record, CancellationToken cancellationToken)
    {
        string evidenceId;
        using (var workspace = OpenExisting())
        {
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var ids = await workspace.Corrections.FindRecordsAsync(record, 2, cancellationToken).ConfigureAwait(false);
            if (ids.Count != 1)
            {
                Console.Error.WriteLine(
                    ids.Count == 0
                        ? $"error: unknown record id '{record}' (not in this workspace)"
                        : $"error: record id '{record}' names several records; use file:line or the evidence id"
                );
                return ExitCodes.Failed;
            }
            evidenceId = ids[0];
        }
        AnalysisDocument? document;
        try
        {
            document = Document();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
        if (document is null)
        {
            Console.Error.WriteLine(
                $"error: no analysis to confirm labels from: run cx analyze --workspace {folder} first, "
                    + "or give --analysis <out-dir>."
            );
            return ExitCodes.Failed;
        }
        if (document.Records.FirstOrDefault(e => e.Record.Id == evidenceId) is not { } read)
        {
            Console.Error.WriteLine($"error: record '{record}' is not in the latest analysis; analyse again first.");
            return ExitCodes.Failed;
        }
        var requests = LabelConfirmation.Requests(evidenceId, read.Annotation);
        return await AddAsync([.. requests.Select(r => (0, r))], null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The touchpoints of the latest analysis (given, or the workspace's own out/), to check names against.
    /// </summary>
    private TouchpointCatalog? Catalog() =>
        Document() is { } document ? new TouchpointCatalog(document.CatalogSource, document.Touchpoints) : null;

    /// <summary>The latest analysis: --analysis (which must exist), else the workspace's own out/ when present.</summary>
    private AnalysisDocument? Document()
    {
        var path = analysis ?? Path.Combine(folder, "out");
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "analysis.json");
        }
        if (!File.Exists(path))
        {
            return analysis is null
                ? null
                : throw new FileNotFoundException($"{analysis}: no analysis.json to check touchpoint names against.");
        }
        using var stream = File.OpenRead(path);
        return AnalysisJson.Read(stream);
    }
}
