using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports.Tests.JobStates;

/// <summary>Real offline analyses of the shipped samples, computed once per test run.</summary>
internal static class JobStateSamples
{
    private static readonly Lazy<AnalysisResult> BloomAnalysis = new(() => Analyse("bloom-and-crumb"));
    private static readonly Lazy<AnalysisResult> TrailheadAnalysis = new(() => Analyse("trailhead-outfitters"));

    public static AnalysisResult Bloom => BloomAnalysis.Value;
    public static AnalysisResult Trailhead => TrailheadAnalysis.Value;

    public static AnalysisResult Get(string name) => name == "bloom-and-crumb" ? Bloom : Trailhead;

    private static AnalysisResult Analyse(string name) => SampleRuns.Analysis(name);
}
