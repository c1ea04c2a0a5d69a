using System.Net;
using CxAssistant.Evals.Runs;
using CxAssistant.Evals.Suites;
using CxAssistant.Web.Evals;
using CxAssistant.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using RepositoryRoot = CxAssistant.TestKit.RepositoryRoot;

namespace CxAssistant.Web.Tests.Evals;

/// <summary>
/// /evals lists the harness's runs with scores and the comparison with the baselines. The runs are made here with the
/// harness itself: the repository's hypotheses suite run offline, compared with a copy of its committed baseline, and a
/// second run derived from it with one case failed, so the comparison has a regression to show.
/// </summary>
public sealed class EvalsPageTests : IAsyncLifetime
{
    private const string RealRun = "20260101-000000-aaaa",
        WorseRun = "20260102-000000-bbbb",
        Suite = "hypotheses",
        FailedCase = "bloom-and-crumb";
    private readonly string _root = Path.Combine(
        Path.GetTempPath(),
        "cx-web-evals-" + Guid.NewGuid().ToString("N")[..8]
    );
    private WebApplication _app = null!,
        _empty = null!;

    private string Evals => Path.Combine(_root, "evals");

    public async Task InitializeAsync()
    {
        var runs = Path.Combine(Evals, "runs");
        Directory.CreateDirectory(Path.Combine(Evals, "baselines"));
        File.Copy(
            Path.Combine(RepositoryRoot.Path, "evals", "baselines", Suite + ".json"),
            Path.Combine(Evals, "baselines", Suite + ".json")
        );

        var suite = SuiteLoader.Load(Path.Combine(RepositoryRoot.Path, "evals", "suites", Suite + ".yaml"));
        var runner = new EvalRunner(
            new RunOptions
            {
                Providers = ["offline"],
                CacheDirectory = Path.Combine(_root, "cache"),
                RunId = RealRun,
                Concurrency = 2,
            }
        );
        var (results, manifest) = await runner.RunAsync([suite]);
        RunStore.Write(runs, results, manifest);

        // The same run with one case failed: what a prompt change that breaks a case looks like to the comparison.
        var worse = results with
        {
            RunId = WorseRun,
            CreatedAt = results.CreatedAt.AddMinutes(1),
            Suites =
            [
                .. results.Suites.Select(s =>
                    s with
                    {
                        Variants =
                        [
                            .. s.Variants.Select(v =>
                            {
                                var cases = v
                                    .CaseResults.Select(c =>
                                        c.Id == FailedCase ? c with { Status = "fail", Score = 0 } : c
                                    )
                                    .ToList();
                                return v with
                                {
                                    CaseResults = cases,
                                    Score = cases.Average(c => c.Score ?? 0),
                                    PassRate = cases.Count(c => c.Status == "pass") / (double)cases.Count,
                                    Passed = false,
                                };
                            }),
                        ],
                    }
                ),
            ],
        };
        RunStore.Write(runs, worse, manifest with { RunId = WorseRun });
        // A folder that is not a run (no results.json) is not listed and not addressable.
        Directory.CreateDirectory(Path.Combine(runs, "not-a-run"));

        _app = await StartAsync(Path.Combine(_root, "data"), Evals);
        _empty = await StartAsync(Path.Combine(_root, "data2"), Path.Combine(_root, "empty-evals"));
    }

    private static async Task<WebApplication> StartAsync(string dataRoot, string evals)
    {
        var app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["CxAssistant:Web:DataRoot"] = dataRoot,
                ["CxAssistant:Web:EvalsFolder"] = evals,
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Address()) };

    [Fact]
    public async Task Evals_ListsRunsNewestFirst_WithScoresAndRegressions()
    {
        using var client = Client(_app);
        var html = await client.GetStringAsync("/evals");

        var worseAt = html.IndexOf(WorseRun, StringComparison.Ordinal);
        var realAt = html.IndexOf(RealRun, StringComparison.Ordinal);
        Assert.True(worseAt >= 0 && realAt > worseAt, "both runs listed, newest first");
        Assert.DoesNotContain("not-a-run", html, StringComparison.Ordinal);
        Assert.Contains("offline", html, StringComparison.Ordinal);
        // The real offline run matches the committed baseline; the derived run scores 0.5 and regresses one case.
        Assert.Contains($"{Suite} 1.000", html, StringComparison.Ordinal);
        Assert.Contains($"{Suite} 0.500", html, StringComparison.Ordinal);
        var worseRow = html[worseAt..realAt];
        Assert.Contains("1 regression<", worseRow, StringComparison.Ordinal);
        Assert.Contains($"{Suite}: {FailedCase}", worseRow, StringComparison.Ordinal);
        Assert.Contains("50.0%", worseRow, StringComparison.Ordinal);
        Assert.Contains("0 regressions", html[realAt..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPage_ShowsSuiteScoresAndTheRegressedCase()
    {
        using var client = Client(_app);
        var html = await client.GetStringAsync("/evals/" + WorseRun);
        Assert.Contains(WorseRun, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"eval-changes\"", html, StringComparison.Ordinal);
        Assert.Contains(FailedCase, html, StringComparison.Ordinal);
        Assert.Contains("regression", html, StringComparison.Ordinal);
        Assert.Contains("0.500", html, StringComparison.Ordinal);
        Assert.Contains("1.000", html, StringComparison.Ordinal); // the baseline's score
    }

    [Theory]
    [InlineData("/evals/20990101-000000-ffff")]
    [InlineData("/evals/not-a-run")]
    [InlineData("/evals/..%2F..%2Fevals%2Fruns%2F" + RealRun)]
    [InlineData("/evals/" + RealRun + "%2F..%2F" + WorseRun)]
    public async Task UnknownRunId_Is404(string path)
    {
        using var client = Client(_app);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task NoRuns_SaysHowToMakeOne()
    {
        using var client = Client(_empty);
        var html = await client.GetStringAsync("/evals");
        Assert.Contains("No eval runs yet", html, StringComparison.Ordinal);
        Assert.Contains("cx eval run", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopBar_LinksToEvals()
    {
        using var client = Client(_empty);
        var html = await client.GetStringAsync("/");
        Assert.Contains("href=\"/evals\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultEvalsFolder_IsTheCheckoutsEvalsFolder()
    {
        // Tests run from the checkout's bin folder, below CxAssistant.sln.
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "evals"), EvalRuns.ResolveFolder(new WebOptions()));
        Assert.Equal("/elsewhere/evals", EvalRuns.ResolveFolder(new WebOptions { EvalsFolder = "/elsewhere/evals" }));
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _app, _empty })
        {
            if (app is null)
            {
                continue;
            }
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
