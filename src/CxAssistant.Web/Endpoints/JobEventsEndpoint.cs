using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CxAssistant.Web.Jobs;

namespace CxAssistant.Web.Endpoints;

/// <summary>
/// <c>GET /w/{ws}/jobs/{id}/events</c>: the job's progress as server-sent events — <c>progress</c>
/// ({stage, done, total}) on every change, then one <c>done</c> ({status, message}) and the stream ends.
/// </summary>
public static class JobEventsEndpoint
{
    public static IResult Handle(string ws, string id, JobRegistry jobs, CancellationToken cancellationToken) =>
        jobs.Find(ws, id) is { } job
            ? TypedResults.ServerSentEvents(Stream(job, cancellationToken))
            : TypedResults.NotFound();

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        BackgroundJob job,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var sent = -1;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = job.WaitForChangeAsync(cancellationToken);
            var (latest, version, ended) = job.Snapshot();
            if (version != sent && latest is not null)
            {
                sent = version;
                yield return new SseItem<string>(
                    JsonSerializer.Serialize(
                        new
                        {
                            stage = latest.Stage,
                            done = latest.Done,
                            total = latest.Total,
                        }
                    ),
                    "progress"
                );
            }
            if (ended)
            {
                yield return new SseItem<string>(
                    JsonSerializer.Serialize(
                        new { status = job.Status.ToString().ToLowerInvariant(), message = job.Message }
                    ),
                    "done"
                );
                yield break;
            }
            await wait;
        }
    }
}
