using CxAssistant.Core.Analysis;
using CxAssistant.Engine.Pipeline;

namespace CxAssistant.Engine.Tests.JobStates;

/// <summary>Real offline analyses of the shipped samples, computed once per test run.</summary>
internal static class JobStateSamples
{
    private static readonly Lazy<AnalysisResult> BloomAnalysis = new(() => Analyse("bloom-and-crumb"));
    private static readonly Lazy<AnalysisResult> TrailheadAnalysis = new(() => Analyse("trailhead-outfitters"));

    public static AnalysisResult Bloom => BloomAnalysis.Value;
    public static AnalysisResult Trailhead => TrailheadAnalysis.Value;

    public static AnalysisResult Get(string name) => name == "bloom-and-crumb" ? Bloom : Trailhead;

    private static AnalysisResult Analyse(string name) =>
        new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [Path.Combine(Root(), "samples", name)] });

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (CxAssistant.sln + samples/) not found above " + AppContext.BaseDirectory);
    }
}
