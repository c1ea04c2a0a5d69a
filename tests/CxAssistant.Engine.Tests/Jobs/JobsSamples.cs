using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;
using CxAssistant.Engine.Jobs;
using CxAssistant.Engine.Pipeline;

namespace CxAssistant.Engine.Tests.Jobs;

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

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                    return dir.FullName;
            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    private static (AnalysisResult, JobsAnalysis) Analyse(string sample)
    {
        var analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [Path.Combine(Root, "samples", sample)] });
        return (analysis, JobsDrafter.Draft(analysis, new JobsOptions()));
    }
}
