using System.Net;
using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Workspaces;

/// <summary>
/// The record page of a record in a language the offline reader does not cover says so and how it was read.
/// </summary>
public sealed class RecordLanguageTests : IAsyncLifetime
{
    private const string Ws = "languages";
    private const string German = "Die Lieferung kam zwei Wochen zu spät und niemand vom Kundendienst hat geantwortet.";
    private readonly string _root = Path.Combine(
        Path.GetTempPath(),
        "cx-web-lang-" + Guid.NewGuid().ToString("N")[..8]
    );
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "reviews.csv");
        await File.WriteAllTextAsync(
            data,
            "id,rating,text\n1,1," + German + "\n2,2,The delivery was two weeks late and nobody answered.\n"
        );
        _app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["CxAssistant:Web:DataRoot"] = Path.Combine(_root, "web"),
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        await _app.StartAsync();
        var store = _app.Services.GetRequiredService<WorkspaceStore>();
        store.Create(Ws);
        using (var ws = store.Open(Ws))
        {
            await ws.IngestAsync([data], IngestOptions.Default);
        }
        var job = _app.Services.GetRequiredService<AnalysisRunner>().StartAnalysis(Ws)!;
        while (job.Status == JobStatus.Running)
        {
            await job.WaitForChangeAsync(CancellationToken.None);
        }
        Assert.Equal(JobStatus.Succeeded, job.Status);
        _http = new HttpClient { BaseAddress = new Uri(_app.Address()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
    }

    [Fact]
    public async Task Record_GermanReviewWithRating_SaysItsLanguageAndThatSentimentCameFromTheRating()
    {
        var view = _app.Services.GetRequiredService<AnalysisStore>().Get(Ws)!;
        var german = view.Result.Records.Single(r => r.Text == German);
        var english = view.Result.Records.Single(r => r.Text != German);

        var page = WebUtility.HtmlDecode(await _http.GetStringAsync($"/w/{Ws}/records/{german.Id}"));
        var other = WebUtility.HtmlDecode(await _http.GetStringAsync($"/w/{Ws}/records/{english.Id}"));

        Assert.Contains("Written in German", page, StringComparison.Ordinal);
        Assert.Contains("Sentiment from the rating only", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"record-language\"", other, StringComparison.Ordinal);
    }
}
