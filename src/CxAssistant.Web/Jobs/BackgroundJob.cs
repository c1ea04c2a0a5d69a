namespace CxAssistant.Web.Jobs;

/// <summary>
/// An import or analysis running for one workspace: its progress events (the latest one, so a page opened late starts
/// from it),
/// its final status and message, and the token that cancels it. Watchers wait on <see cref="WaitForChangeAsync"/>.
/// </summary>
public sealed class BackgroundJob
{
    private readonly Lock _gate = new();
    private JobEvent? _latest;
    private int _version;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BackgroundJob(string workspace, string kind)
    {
        Workspace = workspace;
        Kind = kind;
    }

    public string Id { get; } = Guid.NewGuid().ToString("N");
    public string Workspace { get; }

    /// <summary>"import" or "analysis".</summary>
    public string Kind { get; }
    public CancellationTokenSource Cancellation { get; } = new();
    public JobStatus Status { get; private set; } = JobStatus.Running;

    /// <summary>The outcome in plain words, set when the job ends.</summary>
    public string? Message { get; private set; }

    /// <summary>Lines the user should read after the job (skipped rows with reasons…).</summary>
    public IReadOnlyList<string> Details { get; private set; } = [];

    public IProgress<JobEvent> Progress => new Reporter(this);

    /// <summary>The latest progress, a version that changes on every report, and whether the job has ended.</summary>
    public (JobEvent? Latest, int Version, bool Ended) Snapshot()
    {
        lock (_gate)
        {
            return (_latest, _version, Status != JobStatus.Running);
        }
    }

    public Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Status != JobStatus.Running ? Task.CompletedTask : _changed.Task.WaitAsync(cancellationToken);
        }
    }

    public void Complete(JobStatus status, string message, IReadOnlyList<string>? details = null)
    {
        lock (_gate)
        {
            Status = status;
            Message = message;
            Details = details ?? [];
            Pulse();
        }
    }

    private void Add(JobEvent e)
    {
        lock (_gate)
        {
            _latest = e;
            Pulse();
        }
    }

    private void Pulse()
    {
        _version++;
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private sealed class Reporter(BackgroundJob job) : IProgress<JobEvent>
    {
        public void Report(JobEvent value) => job.Add(value);
    }
}
