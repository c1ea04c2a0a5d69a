using System.Net;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Tests.Privacy.Planted;
using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Privacy;

/// <summary>
/// The web UI on data with planted personal data, chat answered by an OpenAI-compatible model on loopback that records
/// every request: no planted value reaches the model, and no page (record, touchpoint, persona, backlog, sources, chat,
/// exports) shows one, including the records that chat citations link to.
/// </summary>
public sealed partial class WebPrivacyTests : IAsyncLifetime
{
    private const string Ws = "planted";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cx-web-pii-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LoopbackModelServer _model = LoopbackModelServer.Start();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var data = Path.Combine(_root, "feedback.csv");
        await File.WriteAllTextAsync(data, PlantedPii.Csv());
        _app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["CxAssistant:Web:DataRoot"] = Path.Combine(_root, "web"),
                ["Logging:LogLevel:Default"] = "Warning",
                ["CxAssistant:Chat:Provider"] = "OpenAI",
                ["CxAssistant:Chat:OpenAI:ApiKey"] = "sk-test-not-a-real-key",
                ["CxAssistant:Chat:OpenAI:BaseUrl"] = new Uri(_model.BaseAddress, "v1").ToString(),
                ["CxAssistant:Chat:OpenAI:Model"] = "gpt-4o-mini",
                ["CxAssistant:Chat:Resilience:MaxRetries"] = "0",
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
        _model.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
    }

    [Fact]
    public async Task ChatStream_ModelProvider_SendsNoPlantedValueAndCitesOnlyRedactedRecords()
    {
        var answer = await _http.GetStringAsync(
            $"/w/{Ws}/chat/stream?q={Uri.EscapeDataString("Why is Mr Patel (raj.p@mail.test) unhappy?")}"
        );

        Assert.Contains(_model.Requests, r => r.RawBody.Contains("\"role\":\"tool\"", StringComparison.Ordinal));
        Assert.Empty(_model.Violations);
        var leaks = _model.Requests.SelectMany(r => PlantedPii.FoundIn(r.RawBody)).Distinct().ToList();
        Assert.True(leaks.Count == 0, "sent to the model: " + string.Join(", ", leaks));
        Assert.Empty(PlantedPii.FoundIn(WebUtility.HtmlDecode(answer)));
        var cited = System
            .Text.RegularExpressions.Regex.Matches(answer, "\"evidenceId\":\"([0-9a-f]+)\"")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        Assert.NotEmpty(cited);
        foreach (var id in cited)
        {
            await AssertPageClean($"/w/{Ws}/records/{id}");
        }
    }

    [Fact]
    public async Task Pages_EveryPageOfAnAnalysedWorkspace_ShowNoPlantedValue()
    {
        var view = _app.Services.GetRequiredService<AnalysisStore>().Get(Ws)!;
        var pages = new List<string>
        {
            $"/w/{Ws}",
            $"/w/{Ws}/dashboard",
            $"/w/{Ws}/personas",
            $"/w/{Ws}/backlog",
            $"/w/{Ws}/map",
            $"/w/{Ws}/jobs",
            $"/w/{Ws}/chat",
            $"/w/{Ws}/exports",
        };
        pages.AddRange(view.Result.Catalog.Touchpoints.Select(t => $"/w/{Ws}/touchpoints/{t.Id}"));
        pages.AddRange(view.Result.Records.Select(r => $"/w/{Ws}/records/{r.Id}"));
        pages.AddRange(
            new[]
            {
                "report.md",
                "report.html",
                "analysis.json",
                "annotations.csv",
                "personas.md",
                "backlog.md",
            }.Select(f => $"/w/{Ws}/export/{f}")
        );

        foreach (var page in pages)
        {
            await AssertPageClean(page);
        }
        Assert.Contains(view.Result.Records, r => r.Text.Contains("[EMAIL-", StringComparison.Ordinal));
    }

    private async Task AssertPageClean(string path)
    {
        using var response = await _http.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound && path.Contains("/export/", StringComparison.Ordinal))
        {
            return;
        }
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        // The antiforgery token is random base64 and not customer text: "Kim" turns up in one token in a few thousand.
        var page = AntiforgeryToken().Replace(await response.Content.ReadAsStringAsync(), "");
        var text = WebUtility.HtmlDecode(page);
        var shown = PlantedPii.FoundIn(text).ToList();
        Assert.True(shown.Count == 0, $"{path} shows {string.Join(", ", shown)}");
    }

    [GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"[^>]*>")]
    private static partial Regex AntiforgeryToken();
}
