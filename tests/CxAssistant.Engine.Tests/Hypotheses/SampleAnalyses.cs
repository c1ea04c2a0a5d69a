using CxAssistant.Core.Analysis;

namespace CxAssistant.Engine.Tests.Hypotheses;

/// <summary>The two sample businesses analysed once per test run (the pipeline takes seconds).</summary>
public sealed class SampleAnalyses
{
    private static readonly Lazy<AnalysisResult> TrailheadLazy = new(() => Run("trailhead-outfitters"));
    private static readonly Lazy<AnalysisResult> BloomLazy = new(() => Run("bloom-and-crumb"));

    public static AnalysisResult Trailhead => TrailheadLazy.Value;
    public static AnalysisResult Bloom => BloomLazy.Value;

    public static AnalysisResult Get(string sample) => sample == "bloom-and-crumb" ? Bloom : Trailhead;

    private static AnalysisResult Run(string sample) =>
        SampleRuns.Analysis(sample);

}
