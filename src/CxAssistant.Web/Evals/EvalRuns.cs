using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CxAssistant.Web.Evals;

/// <summary>
/// The eval harness's runs (<c>&lt;EvalsFolder&gt;/runs/&lt;run-id&gt;/</c>) compared with the committed baselines
/// (<c>&lt;EvalsFolder&gt;/baselines</c>), read with the harness's own <see cref="RunStore"/>,
/// <see cref="BaselineStore"/>
/// and <see cref="RunComparer"/>. A run is addressed only by an id found in the list of run folders, never by a path.
/// </summary>
public sealed class EvalRuns(IOptions<WebOptions> options)
{
    /// <summary>The evals folder in use.</summary>
    public string Folder { get; } = Path.GetFullPath(ResolveFolder(options.Value));

    public string RunsFolder => Path.Combine(Folder, "runs");
    public string BaselinesFolder => Path.Combine(Folder, "baselines");

    /// <summary>
    /// The configured folder, else the checkout's <c>evals</c> (CxAssistant.sln above the current folder), else
    /// <c>evals</c> under the data root.
    /// </summary>
    public static string ResolveFolder(WebOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.EvalsFolder))
        {
            return options.EvalsFolder;
        }
        return RepositoryRoot.FindAbove(Directory.GetCurrentDirectory()) is { } root
            ? Path.Combine(root, "evals")
            : Path.Combine(options.DataRoot, "evals");
    }

    /// <summary>Ids of the run folders that hold a results file.</summary>
    public IReadOnlyList<string> Ids() =>
        Directory.Exists(RunsFolder)
            ?
            [
                .. Directory
                    .EnumerateDirectories(RunsFolder)
                    .Where(d => File.Exists(Path.Combine(d, RunStore.ResultsFile)))
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .Order(StringComparer.Ordinal),
            ]
            : [];

    /// <summary>Every run, newest first.</summary>
    public IReadOnlyList<EvalRunView> List()
    {
        var baselines = new BaselineCache(new BaselineStore(BaselinesFolder));
        return
        [
            .. Ids()
                .Select(id => Read(id, baselines))
                .OrderByDescending(r => r.CreatedAt)
                .ThenByDescending(r => r.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>One run by id, or null when no run folder has that id.</summary>
    public EvalRunView? Find(string? runId)
    {
        var id = Ids().FirstOrDefault(i => string.Equals(i, runId, StringComparison.Ordinal));
        return id is null ? null : Read(id, new BaselineCache(new BaselineStore(BaselinesFolder)));
    }

    private EvalRunView Read(string id, BaselineCache baselines)
    {
        var dir = Path.Combine(RunsFolder, id);
        try
        {
            var results = RunStore.ReadResults(dir);
            var manifest = File.Exists(Path.Combine(dir, RunStore.ManifestFile)) ? RunStore.ReadManifest(dir) : null;
            var comparisons = RunComparer.Compare(results, baselines.Suite);
            return new EvalRunView(id, results.CreatedAt, results, manifest, comparisons, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new EvalRunView(id, DateTimeOffset.MinValue, null, null, [], e.Message);
        }
    }

    /// <summary>Loads each suite's baseline once per request; an unreadable baseline counts as none.</summary>
    private sealed class BaselineCache(BaselineStore store)
    {
        private readonly Dictionary<string, SuiteResult?> _loaded = new(StringComparer.Ordinal);

        public SuiteResult? Suite(string name)
        {
            if (_loaded.TryGetValue(name, out var suite))
            {
                return suite;
            }
            try
            {
                suite = store.Load(name)?.Suite;
            }
            catch (InvalidDataException)
            {
                suite = null;
            }
            return _loaded[name] = suite;
        }
    }
}

/// <summary>
/// A run as the pages show it: results, manifest, the comparison with the baselines, or why it could not be read.
/// </summary>
public sealed record EvalRunView(
    string Id,
    DateTimeOffset CreatedAt,
    RunResults? Results,
    RunManifest? Manifest,
    IReadOnlyList<VariantComparison> Comparisons,
    string? Error
)
{
    private IEnumerable<VariantResult> Variants => Results?.Suites.SelectMany(s => s.Variants) ?? [];

    /// <summary>Providers of the run's variants (the manifest's list when given).</summary>
    public IReadOnlyList<string> Providers =>
        Manifest is { Providers.Count: > 0 } m
            ? m.Providers
            : [.. Variants.Select(v => v.Provider).Distinct(StringComparer.Ordinal)];

    /// <summary>Cases over all suite variants.</summary>
    public int Cases => Variants.Sum(v => v.Cases);

    /// <summary>Pass rate over all suite variants, weighted by cases.</summary>
    public double? PassRate => Cases == 0 ? null : Variants.Sum(v => v.PassRate * v.Cases) / Cases;

    public int Regressions => Comparisons.Sum(c => c.Regressions.Count());
    public int Improvements => Comparisons.Sum(c => c.Cases.Count(d => d.Kind == RunComparer.Improvement));
    public bool Regressed => Comparisons.Any(c => c.Regressed);
    public int WithoutBaseline => Comparisons.Count(c => c.BaselineScore is null);

    /// <summary>Ids of the regressed cases (suite/case when several suites regress).</summary>
    public IReadOnlyList<string> RegressedCases =>
        [.. Comparisons.SelectMany(c => c.Regressions.Select(d => $"{c.Suite}: {d.CaseId}"))];
}
