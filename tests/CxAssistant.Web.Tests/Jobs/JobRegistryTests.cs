using CxAssistant.Web.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace CxAssistant.Web.Tests.Jobs;

public sealed class JobRegistryTests
{
    [Fact]
    public async Task Start_SecondJobWhileRunning_IsRefused_ThenAllowedAfterCancel()
    {
        await using var jobs = new JobRegistry(NullLogger<JobRegistry>.Instance);
        var first = jobs.Start("ws", "analysis", (_, ct) => Task.Delay(Timeout.Infinite, ct))!;
        Assert.Null(jobs.Start("ws", "import", (_, _) => Task.CompletedTask));

        await first.Cancellation.CancelAsync();
        await WaitEndedAsync(first);
        Assert.Equal(JobStatus.Cancelled, first.Status);
        Assert.Contains("previous results", first.Message, StringComparison.Ordinal);
        Assert.NotNull(jobs.Start("ws", "import", (_, _) => Task.CompletedTask));
    }

    [Fact]
    public async Task Start_WorkThatThrows_EndsFailedWithTheMessage()
    {
        await using var jobs = new JobRegistry(NullLogger<JobRegistry>.Instance);
        var job = jobs.Start("ws", "import", (_, _) => throw new InvalidDataException("bad bytes"))!;
        await WaitEndedAsync(job);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Equal("The import failed: bad bytes", job.Message);
    }

    [Fact]
    public async Task Progress_Reports_ChangeTheSnapshotVersion()
    {
        await using var jobs = new JobRegistry(NullLogger<JobRegistry>.Instance);
        var release = new TaskCompletionSource();
        var job = jobs.Start("ws", "analysis", async (j, _) =>
        {
            j.Progress.Report(new JobEvent("Annotating", 5, 10));
            await release.Task;
        })!;
        while (job.Snapshot().Latest is null)
        {
            await job.WaitForChangeAsync(CancellationToken.None);
        }
        var (latest, version, ended) = job.Snapshot();
        Assert.Equal(new JobEvent("Annotating", 5, 10), latest);
        Assert.False(ended);
        release.SetResult();
        await WaitEndedAsync(job);
        Assert.True(job.Snapshot().Version > version);
        Assert.Equal(JobStatus.Succeeded, job.Status);
    }

    private static async Task WaitEndedAsync(BackgroundJob job)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (job.Status == JobStatus.Running)
        {
            await job.WaitForChangeAsync(timeout.Token);
        }
    }
}
