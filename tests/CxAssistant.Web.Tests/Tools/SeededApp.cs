using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Jobs;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Tools;

/// <summary>
/// The app on a free loopback port with one workspace ("trailhead") holding the whole sample, analysed.
/// </summary>
internal sealed class SeededApp : IAsyncDisposable
{
    public const string Workspace = "trailhead";

    private readonly string _root;

    private SeededApp(WebApplication app, string root)
    {
        App = app;
        _root = root;
    }

    public WebApplication App { get; }
    public string BaseUrl => App.Address();
    public AnalysisView View => App.Services.GetRequiredService<AnalysisStore>().Get(Workspace)!;

    public static async Task<SeededApp> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "cx-web-tool-" + Guid.NewGuid().ToString("N")[..8]);
        var app = await StartAppAsync(root);
        var seeded = new SeededApp(app, root);
        await SeedAsync(app, Workspace);
        return seeded;
    }

    /// <summary>
    /// The app on a free loopback port over the data root <paramref name="root"/> (the caller owns the folder).
    /// </summary>
    public static async Task<WebApplication> StartAppAsync(string root)
    {
        var app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["CxAssistant:Web:DataRoot"] = root,
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// Creates <paramref name="workspace"/> holding the whole trailhead sample and waits for its analysis.
    /// </summary>
    public static async Task<AnalysisView> SeedAsync(WebApplication app, string workspace)
    {
        var store = app.Services.GetRequiredService<WorkspaceStore>();
        store.Create(workspace);
        using (var ws = store.Open(workspace))
        {
            await ws.IngestAsync([RepositoryRoot.Sample("trailhead-outfitters")], IngestOptions.Default);
        }
        var job = app.Services.GetRequiredService<AnalysisRunner>().StartAnalysis(workspace)!;
        while (job.Status == JobStatus.Running)
        {
            await job.WaitForChangeAsync(CancellationToken.None);
        }
        if (job.Status != JobStatus.Succeeded)
        {
            throw new InvalidOperationException(job.Message);
        }
        return app.Services.GetRequiredService<AnalysisStore>().Get(workspace)!;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
    }
}
