using CxAssistant.Web.Jobs;
using CxAssistant.Web.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Jobs;

/// <summary>The SSE endpoints on the wire: event names, JSON payloads and the stream ending after "done".</summary>
public sealed class StreamEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task JobEvents_RunningJob_StreamsProgressThenDone()
    {
        app.Services.GetRequiredService<WorkspaceStore>().Create("streams");
        var release = new TaskCompletionSource();
        var job = app
            .Services.GetRequiredService<JobRegistry>()
            .Start("streams", "analysis", async (j, _) =>
            {
                j.Progress.Report(new JobEvent("Scoring", 0, 0));
                await release.Task;
            })!;
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.GetAsync(
            $"/w/streams/jobs/{job.Id}/events",
            HttpCompletionOption.ResponseHeadersRead
        );
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("event: progress", await reader.ReadLineAsync());
        Assert.Equal("data: {\"stage\":\"Scoring\",\"done\":0,\"total\":0}", await reader.ReadLineAsync());
        release.SetResult();
        var rest = await reader.ReadToEndAsync();
        Assert.Contains(
            "event: done\ndata: {\"status\":\"succeeded\",\"message\":\"The analysis finished.\"}",
            rest.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task JobEvents_UnknownJobOrWorkspace_Is404()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await http.GetAsync("/w/nosuch/jobs/0123/events")).StatusCode
        );
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await http.GetAsync("/w/..%2F..%2Fetc/export/report.html")).StatusCode
        );
    }

    [Fact]
    public async Task ChatStream_NoAnalysisYet_SaysSoAndEnds()
    {
        app.Services.GetRequiredService<WorkspaceStore>().Create("empty-chat");
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var body = (await http.GetStringAsync("/w/empty-chat/chat/stream?q=hello")).ReplaceLineEndings("\n");
        Assert.StartsWith("event: text\ndata: {\"text\":\"There is no analysis yet.", body, StringComparison.Ordinal);
        Assert.EndsWith("event: done\ndata: {}\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NameOutsideTheList_Is404()
    {
        app.Services.GetRequiredService<WorkspaceStore>().Create("exports");
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await http.GetAsync("/w/exports/export/workspace.db")).StatusCode
        );
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await http.GetAsync("/w/exports/export/report.html")).StatusCode
        );
    }
}
