namespace CxAssistant.Evals.Runs;

/// <summary>Reads and writes baselines in a folder (committed: <c>evals/baselines</c>).</summary>
public sealed class BaselineStore(string directory)
{
    /// <summary>The folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>
    /// Writes one baseline per suite of the run (or only <paramref name="suites"/>) and returns the files written.
    /// </summary>
    public IReadOnlyList<string> Bless(RunResults run, IReadOnlyCollection<string>? suites = null)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var written = new List<string>();
        foreach (var suite in run.Suites.Where(s => suites is null || suites.Count == 0 || suites.Contains(s.Name)))
        {
            var path = PathOf(suite.Name);
            var stripped = suite with
            {
                Variants =
                [
                    .. suite.Variants.Select(v =>
                        v with
                        {
                            CaseResults = [.. v.CaseResults.Select(c => c with { Output = null, LatencyMs = 0 })],
                        }
                    ),
                ],
            };
            RunStore.WriteJson(
                path,
                new Baseline
                {
                    RunId = run.RunId,
                    CreatedAt = run.CreatedAt,
                    Suite = stripped,
                }
            );
            written.Add(path);
        }
        return written;
    }

    /// <summary>The baseline of a suite, or null when none is committed.</summary>
    public Baseline? Load(string suite) =>
        File.Exists(PathOf(suite)) ? RunStore.ReadJson<Baseline>(PathOf(suite)) : null;

    private string PathOf(string suite) => Path.Combine(Directory, suite + ".json");
}
