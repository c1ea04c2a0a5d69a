using System.Net;
using System.Text.Json.Nodes;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Tests.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Analysis;

/// <summary>
/// The last analysis survives a restart of the app: it is re-opened from the workspace's out/analysis.json. A file the
/// app cannot read, or one another version wrote, is ignored and the pages ask for a new run instead of failing.
/// </summary>
public sealed class AnalysisRestartTests : IAsyncLifetime
{
    private const string Workspace = "shop";
    private readonly string _root = Path.Combine(
        Path.GetTempPath(),
        "cx-web-restart-" + Guid.NewGuid().ToString("N")[..8]
    );
    private AnalysisView _before = null!;

    public async Task InitializeAsync()
    {
        await using var app = await SeededApp.StartAppAsync(_root);
        _before = await SeededApp.SeedAsync(app, Workspace);
        await app.StopAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AfterARestart_ThePagesShowTheLastAnalysis()
    {
        await using var app = await StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Address()) };

        var dashboard = await http.GetStringAsync($"/w/{Workspace}/dashboard");

        Assert.DoesNotContain("No analysis yet", dashboard, StringComparison.Ordinal);
        Assert.Contains(
            WebUtility.HtmlEncode(_before.Touchpoint(_before.FixFirst[0].TouchpointId)!.Name),
            dashboard,
            StringComparison.Ordinal
        );
        var after = app.Services.GetRequiredService<AnalysisStore>().Get(Workspace)!;
        Assert.Equal(_before.Result.Records.Select(r => r.Id), after.Result.Records.Select(r => r.Id));
        Assert.Equal(
            _before.Result.Scoring.Touchpoints.Select(s => (s.TouchpointId, s.Priority)),
            after.Result.Scoring.Touchpoints.Select(s => (s.TouchpointId, s.Priority))
        );
        Assert.Equal(_before.Result.Personas.Select(p => p.Name), after.Result.Personas.Select(p => p.Name));
    }

    [Fact]
    public async Task AnUnreadableStoredAnalysis_AsksForANewRun()
    {
        File.WriteAllText(StoredAnalysis, "{\"schemaVersion\": \"1.0\", \"records\": [ truncated");
        await using var app = await StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Address()) };

        var response = await http.GetAsync($"/w/{Workspace}/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No analysis yet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalysisAnotherVersionWrote_IsNotShown()
    {
        var json = JsonNode.Parse(File.ReadAllText(StoredAnalysis))!;
        json["generator"] = "CxAssistant 0.9.0";
        File.WriteAllText(StoredAnalysis, json.ToJsonString());
        await using var app = await StartAsync();

        Assert.Null(app.Services.GetRequiredService<AnalysisStore>().Get(Workspace));
    }

    [Fact]
    public async Task UnknownOrInvalidWorkspaceNames_HaveNoAnalysis()
    {
        await using var app = await StartAsync();
        var analyses = app.Services.GetRequiredService<AnalysisStore>();

        Assert.Null(analyses.Get("nobody"));
        Assert.Null(analyses.Get("../" + Workspace));
    }

    private string StoredAnalysis => Path.Combine(_root, Workspace, "out", "analysis.json");

    private Task<WebApplication> StartAsync() => SeededApp.StartAppAsync(_root);
}
