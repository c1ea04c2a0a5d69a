using CxAssistant.Core.Analysis;
using CxAssistant.Engine.Pipeline;

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
        new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [Path.Combine(FindRoot(), "samples", sample)] });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (CxAssistant.sln + samples/) not found above " + AppContext.BaseDirectory);
    }
}
