using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Core.JobStates;

/// <summary>
/// Builds job state machines from annotated evidence (seed 002; docs/job-states.md). Customer records are
/// ordered along customer timelines (customer id + timestamp); records without both are single steps from
/// Start. Each customer belongs to one main job: the job of the touchpoint they most often write about
/// (ties: the earliest). Business-side transcript turns are left out: the state is the customer's.
/// </summary>
public static class JobStateMachineBuilder
{
    public const string OverallKey = "all";

    public static IReadOnlyList<JobStateMachine> Build(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        JobStateOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(catalog);
        if (annotations.Count != records.Count)
        {
            throw new ArgumentException("Annotations must be one per record, in the same order.", nameof(annotations));
        }
        options ??= new JobStateOptions();

        var timelines = Timelines(records);
        var counter = new JobStateCounter(records, annotations, options);
        var machines = new List<JobStateMachine>();
        if (options.IncludeOverall && timelines.Count > 0)
        {
            machines.Add(counter.Count(OverallKey, "All customers", timelines));
        }

        var byJob = timelines
            .Select(t => (Timeline: t, Job: MainJob(t, annotations, options)))
            .Where(x => x.Job is not null)
            .GroupBy(x => x.Job!, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Timelines: g.Select(x => x.Timeline).ToList()))
            .Where(g => g.Timelines.Count >= options.MinCustomers)
            .OrderByDescending(g => g.Timelines.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(options.MaxMachines);
        foreach (var (key, members) in byJob)
        {
            machines.Add(counter.Count(key, Title(key, catalog, options), members));
        }
        return machines;
    }

    /// <summary>
    /// One timeline per customer: dated records of a customer id in time order (then file, line); every other
    /// record is a one-step timeline of its own. Sorted by customer key for stable output.
    /// </summary>
    internal static List<CustomerTimeline> Timelines(IReadOnlyList<EvidenceRecord> records)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (!r.IsCustomerVoice)
            {
                continue;
            }
            var dated = !string.IsNullOrWhiteSpace(r.CustomerId) && r.Timestamp is not null;
            var key = dated ? "customer:" + r.CustomerId!.Trim() : "record:" + r.Id + "#" + i;
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add(i);
        }
        return
        [
            .. groups
                .Select(g => new CustomerTimeline(
                    g.Key,
                    [
                        .. g
                            .Value.OrderBy(i => records[i].Timestamp ?? DateTimeOffset.MinValue)
                            .ThenBy(i => records[i].Source.File, StringComparer.Ordinal)
                            .ThenBy(i => records[i].Source.Line)
                            .ThenBy(i => i),
                    ],
                    g.Key.StartsWith("customer:", StringComparison.Ordinal)
                ))
                .OrderBy(t => t.Key, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The job a customer mostly writes about (primary touchpoints), ties to the earliest; null when none.
    /// </summary>
    private static string? MainJob(
        CustomerTimeline timeline,
        IReadOnlyList<Annotation> annotations,
        JobStateOptions options
    )
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var step = 0; step < timeline.Records.Count; step++)
        {
            if (annotations[timeline.Records[step]].PrimaryTouchpoint is not { } tp)
            {
                continue;
            }
            var job = JobOf(tp, options);
            counts[job] = counts.TryGetValue(job, out var c) ? (c.Count + 1, c.First) : (1, step);
        }
        return counts.Count == 0
            ? null
            : counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key;
    }

    internal static string JobOf(string touchpointId, JobStateOptions options) =>
        options.TouchpointJobs is { } map
        && map.TryGetValue(touchpointId, out var job)
        && !string.IsNullOrWhiteSpace(job)
            ? "job:" + job.Trim()
            : touchpointId;

    private static string Title(string key, TouchpointCatalog catalog, JobStateOptions options) =>
        key.StartsWith("job:", StringComparison.Ordinal) ? key[4..] : catalog.Find(key)?.Name ?? key;
}
