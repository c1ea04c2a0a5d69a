using CxAssistant.Analysis.Jobs;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;

namespace CxAssistant.TestKit;

/// <summary>Both sample businesses analysed once and drafted into jobs, shared by the sample tests.</summary>
public sealed class JobsSamples
{
    public JobsSamples()
    {
        Bloom = Analyse("bloom-and-crumb");
        Trailhead = Analyse("trailhead-outfitters");
    }

    public (AnalysisResult Analysis, JobsAnalysis Jobs) Bloom { get; }
    public (AnalysisResult Analysis, JobsAnalysis Jobs) Trailhead { get; }

    public static string Root => SampleRuns.Root;

    private static (AnalysisResult, JobsAnalysis) Analyse(string sample)
    {
        var analysis = SampleRuns.Analysis(sample);
        return (analysis, JobsDrafter.Draft(analysis, new JobsOptions()));
    }
}
