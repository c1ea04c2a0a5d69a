using System.Collections.Concurrent;
using CxAssistant.Core.Analysis;
using CxAssistant.Analysis.Pipeline;

namespace CxAssistant.Engine.Tests;

/// <summary>
/// The repository's files and the shipped samples analysed once per test run, shared by every test that reads
/// them (the full offline pipeline takes seconds per sample).
/// </summary>
internal static class SampleRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<AnalysisResult>> Analyses = new(StringComparer.Ordinal);

    /// <summary>The repository root: the folder holding CxAssistant.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The folder of a shipped sample ("bloom-and-crumb", "trailhead-outfitters").</summary>
    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>The default offline analysis of a shipped sample.</summary>
    public static AnalysisResult Analysis(string name) =>
        Analyses.GetOrAdd(name, n => new Lazy<AnalysisResult>(() => new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [Sample(n)] }))).Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        throw new DirectoryNotFoundException("CxAssistant.sln (with samples/) not found above " + AppContext.BaseDirectory);
    }
}
