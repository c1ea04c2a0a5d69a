using CxAssistant.Chat.Evals;
using Xunit.Abstractions;

namespace CxAssistant.Chat.Tests;

public sealed class ChatEvalTests(SampleWorkspace ws, ITestOutputHelper output) : IClassFixture<SampleWorkspace>
{
    [Fact]
    public async Task Questions_Offline_AnswerRateAndCorrectnessMeetTheBar()
    {
        var file = ChatEvalFile.Load(Path.Combine(SampleWorkspace.RepoRoot, "evals", "chat", "questions.yaml"));
        Assert.Equal("trailhead-outfitters", file.Sample);
        Assert.True(file.Questions.Count >= 30);

        var report = await ChatEvalRunner.RunAsync(file, ws.Data);

        output.WriteLine($"questions {report.Questions}, answer rate {report.Answered}/{report.Answerable} = {report.AnswerRate:P1}, correct {report.Correct}/{report.Questions} = {report.Correctness:P1}");
        foreach (var f in report.Failures) output.WriteLine("FAIL " + f);
        Assert.True(report.AnswerRate >= 0.95, string.Join("\n", report.Failures));
        Assert.True(report.Correctness >= 0.9, string.Join("\n", report.Failures));
    }

    [Fact]
    public async Task SecondSample_Offline_AnswerRateAndCorrectness()
    {
        var file = ChatEvalFile.Load(Path.Combine(SampleWorkspace.RepoRoot, "evals", "chat", "bloom-and-crumb.yaml"));
        var folder = Path.Combine(Path.GetTempPath(), "cx-chat-bloom-" + Guid.NewGuid().ToString("N"));
        try
        {
            await SampleWorkspace.CreateAsync(folder, SampleWorkspace.Sample(file.Sample));
            var (data, _) = await CxAssistant.Chat.Knowledge.WorkspaceAnalysisCache.OpenAsync(folder);
            using (data)
            {
                var report = await ChatEvalRunner.RunAsync(file, data);

                output.WriteLine($"{file.Sample}: questions {report.Questions}, answer rate {report.Answered}/{report.Answerable} = {report.AnswerRate:P1}, correct {report.Correct}/{report.Questions} = {report.Correctness:P1}");
                foreach (var f in report.Failures) output.WriteLine("FAIL " + f);
                Assert.True(report.AnswerRate >= 0.9, string.Join("\n", report.Failures));
                Assert.True(report.Correctness >= 0.8, string.Join("\n", report.Failures));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CoreFigures_UnknownKey_IsAnError()
    {
        Assert.Throws<InvalidDataException>(() => CoreFigures.Resolve(ws.Data, "nps_of_the_moon"));
    }
}
