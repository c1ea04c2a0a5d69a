using System.Collections.Concurrent;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;

namespace CxAssistant.TestKit;

/// <summary>
/// The shipped samples analysed once per test run and shared by every test that reads them (the full offline
/// pipeline takes seconds per sample).
/// </summary>
public static class SampleRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<AnalysisResult>> Analyses = new(StringComparer.Ordinal);

    /// <summary>The shipped sample names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["bloom-and-crumb", "trailhead-outfitters"];

    /// <summary>The repository root.</summary>
    public static string Root => RepositoryRoot.Path;

    /// <summary>The folder of a shipped sample ("bloom-and-crumb", "trailhead-outfitters").</summary>
    public static string Sample(string name) => RepositoryRoot.Sample(name);

    /// <summary>The online-retail sample's default analysis.</summary>
    public static AnalysisResult Trailhead => Analysis("trailhead-outfitters");

    /// <summary>The bakery sample's default analysis.</summary>
    public static AnalysisResult Bloom => Analysis("bloom-and-crumb");

    /// <summary>The default offline analysis of a shipped sample.</summary>
    public static AnalysisResult Analysis(string name) =>
        Analyses.GetOrAdd(name, n => new Lazy<AnalysisResult>(Run(n))).Value;

    private static Func<AnalysisResult> Run(string name) =>
        () => new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [Sample(name)] });
}
