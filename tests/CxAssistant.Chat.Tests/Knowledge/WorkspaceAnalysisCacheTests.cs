using CxAssistant.Chat.Knowledge;
using CxAssistant.Data.Workspace;

namespace CxAssistant.Chat.Tests.Knowledge;

public sealed class WorkspaceAnalysisCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cx-chat-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task Open_FirstAnalyses_SecondLoadsCacheWithSameFigures_ChangeReanalyses()
    {
        var bloom = SampleWorkspace.Sample("bloom-and-crumb");
        await SampleWorkspace.CreateAsync(_folder, Path.Combine(bloom, "survey-nps.csv"));
        var stages = new List<string>();

        var (first, outcome1) = await WorkspaceAnalysisCache.OpenAsync(
            _folder,
            new SyncProgress(p => stages.Add(p.Stage))
        );
        using (first)
        {
            Assert.Equal(WorkspaceAnalysisCache.Outcome.Analysed, outcome1);
            Assert.Contains("Annotating", stages);
        }

        stages.Clear();
        var (second, outcome2) = await WorkspaceAnalysisCache.OpenAsync(
            _folder,
            new SyncProgress(p => stages.Add(p.Stage))
        );
        using (second)
        {
            Assert.Equal(WorkspaceAnalysisCache.Outcome.Cached, outcome2);
            Assert.DoesNotContain("Annotating", stages);
            Assert.Equal(first.Analysis.Records.Count, second.Analysis.Records.Count);
            Assert.Equal(first.Analysis.Scoring.Overall.Nps!.Score, second.Analysis.Scoring.Overall.Nps!.Score);
            Assert.Equal(
                first.Scores.Select(s => (s.TouchpointId, s.Priority)),
                second.Scores.Select(s => (s.TouchpointId, s.Priority))
            );
        }

        await SampleWorkspace.CreateAsync(_folder, Path.Combine(bloom, "google-reviews.json"));
        var (third, outcome3) = await WorkspaceAnalysisCache.OpenAsync(_folder);
        using (third)
        {
            Assert.Equal(WorkspaceAnalysisCache.Outcome.Reanalysed, outcome3);
            Assert.True(third.Analysis.Records.Count > first.Analysis.Records.Count);
        }
    }

    [Fact]
    public async Task Open_CacheWrittenByAnotherBuildOfTheSameVersion_Reanalyses()
    {
        var bloom = SampleWorkspace.Sample("bloom-and-crumb");
        await SampleWorkspace.CreateAsync(_folder, Path.Combine(bloom, "survey-nps.csv"));
        var (first, _) = await WorkspaceAnalysisCache.OpenAsync(_folder);
        first.Dispose();

        // An older build with the same version number: its stamp names the version but another build of the analysis.
        var stampFile = Path.Combine(_folder, WorkspaceAnalysisCache.FolderName, "analysis-stamp.json");
        var stamp = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stampFile))!.AsObject();
        var generatorKey = stamp
            .Select(p => p.Key)
            .Single(k => k.Equals("generator", StringComparison.OrdinalIgnoreCase));
        var generator = stamp[generatorKey]!.GetValue<string>();
        var build = typeof(CxAssistant.Analysis.Pipeline.AnalysisPipeline).Module.ModuleVersionId.ToString("N")[..12];
        Assert.Contains(build, generator, StringComparison.Ordinal);
        stamp[generatorKey] = generator.Replace(build, "000000000000", StringComparison.Ordinal);
        File.WriteAllText(stampFile, stamp.ToJsonString());

        var (second, outcome) = await WorkspaceAnalysisCache.OpenAsync(_folder);
        using (second)
        {
            Assert.Equal(WorkspaceAnalysisCache.Outcome.Reanalysed, outcome);
        }
    }

    [Fact]
    public async Task Open_NotAWorkspace_ThrowsWithHint()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => WorkspaceAnalysisCache.OpenAsync(_folder));
        Assert.Contains("cx ingest", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Annotation reports progress from parallel workers, so reports are serialised here.</summary>
    private sealed class SyncProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        private readonly Lock _lock = new();

        public void Report(AnalysisProgress value)
        {
            lock (_lock)
            {
                report(value);
            }
        }
    }
}
