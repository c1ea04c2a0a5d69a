using System.Collections.Concurrent;

namespace CxAssistant.Web.Jobs;

/// <summary>
/// Runs at most one import or analysis per workspace in the background and keeps the latest job of each workspace so
/// pages can show and stream its progress. Jobs are awaited on shutdown; none is fire-and-forget.
/// </summary>
public sealed class JobRegistry(ILogger<JobRegistry> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, BackgroundJob> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    public BackgroundJob? Latest(string workspace) => _latest.GetValueOrDefault(workspace);

    public BackgroundJob? Find(string workspace, string id) =>
        Latest(workspace) is { } job && job.Id == id ? job : null;

    /// <summary>Starts <paramref name="work"/>; returns null when the workspace already has a job running.</summary>
    public BackgroundJob? Start(string workspace, string kind, Func<BackgroundJob, CancellationToken, Task> work)
    {
        var job = new BackgroundJob(workspace, kind);
        var added = false;
        _latest.AddOrUpdate(
            workspace,
            _ =>
            {
                added = true;
                return job;
            },
            (_, current) =>
            {
                if (current.Status == JobStatus.Running)
                {
                    return current;
                }
                added = true;
                return job;
            }
        );
        if (!added)
        {
            return null;
        }
        _running[job.Id] = Task.Run(() => RunAsync(job, work));
        return job;
    }

    private async Task RunAsync(BackgroundJob job, Func<BackgroundJob, CancellationToken, Task> work)
    {
        try
        {
            await work(job, job.Cancellation.Token);
            if (job.Status == JobStatus.Running)
            {
                job.Complete(JobStatus.Succeeded, $"The {job.Kind} finished.");
            }
        }
        catch (OperationCanceledException)
        {
            job.Complete(
                JobStatus.Cancelled,
                job.Kind == "import"
                    ? "Import cancelled: the file being imported was rolled back; files already imported were kept."
                    : "Analysis cancelled; the previous results (if any) are unchanged."
            );
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Kind} job {Id} for workspace {Workspace} failed", job.Kind, job.Id, job.Workspace);
            job.Complete(JobStatus.Failed, $"The {job.Kind} failed: {e.Message}");
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
        }
    }

    /// <summary>
    /// Cancels every running job (server shutdown): each stops at its next check and rolls back what it had not
    /// committed.
    /// </summary>
    public void CancelAll()
    {
        foreach (var job in _latest.Values)
        {
            if (job.Status == JobStatus.Running)
            {
                job.Cancellation.Cancel();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var job in _latest.Values)
        {
            await job.Cancellation.CancelAsync();
        }
        await Task.WhenAll(_running.Values);
    }
}
