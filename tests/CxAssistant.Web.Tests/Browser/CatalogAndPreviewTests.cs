using System.Text.RegularExpressions;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// Web parity with the CLI: a catalog uploaded with the data gives the same analysis as <c>cx analyze</c> of the
/// folder; a broken catalog is refused with its line; a preset can be chosen; a file with a problem is named in the
/// page's words and the other files still import; a broken JSONL line and a transcript's turns show before import;
/// an unknown address gets a real 404 page.
/// </summary>
public sealed class CatalogAndPreviewTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("cx-web-parity-").FullName;

    [Fact]
    public async Task Upload_CatalogWithTheData_SameTouchpointsAsTheCli()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "withcatalog");
        string[] data = ["nps-survey.csv", "product-reviews.csv", "support-tickets.jsonl", "social-mentions.csv"];
        await WebFlow.UploadAsync(
            page,
            [.. data.Append("catalog.yaml").Select(f => RepositoryRoot.Sample("trailhead-outfitters/" + f))]
        );
        await WebFlow.ImportAsync(page);
        await Expect(page.Locator("[data-testid=catalog-next]")).ToContainTextAsync("your catalog");
        await WebFlow.AnalyseAsync(page);
        await Expect(page.Locator("[data-testid=catalog-last]")).ToContainTextAsync("catalog.yaml");

        // The CLI on a folder with the same files and catalog.
        var folder = Directory.CreateDirectory(Path.Combine(_files, "cli")).FullName;
        foreach (var f in data.Append("catalog.yaml"))
        {
            File.Copy(RepositoryRoot.Sample("trailhead-outfitters/" + f), Path.Combine(folder, f));
        }
        var ingest = new EvidenceLoader().Load([folder], IngestOptions.Default);
        var cli = new AnalysisPipeline().Analyse(
            ingest,
            new AnalyzeOptions { Paths = [folder], Top = AnalysisView.Top }
        );
        var web = app.Services.GetRequiredService<AnalysisStore>().Get("withcatalog")!.Result;
        Assert.Equal(cli.Catalog.Touchpoints.Select(t => t.Id), web.Catalog.Touchpoints.Select(t => t.Id));
        Assert.Equal(cli.FixFirst(3).Select(t => t.TouchpointId), web.FixFirst(3).Select(t => t.TouchpointId));
    }

    [Fact]
    public async Task Catalog_BrokenYaml_RefusedWithItsLine_PresetCanBeChosen()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "presets");
        var broken = Write("catalog.yaml", "touchpoints:\n  - name: Front desk\n    stage: [unclosed\n");
        await page.SetInputFilesAsync("input[name=catalog]", broken);
        await page.ClickAsync("[data-testid=save-catalog]");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync(new Regex(@"catalog\.yaml, line \d"));
        await Expect(page.Locator("[data-testid=catalog-next]")).ToContainTextAsync("detected");

        await page.SelectOptionAsync("select[name=preset]", "restaurant");
        await page.ClickAsync("[data-testid=save-catalog]");
        await Expect(page.Locator("[data-testid=catalog-next]")).ToContainTextAsync("restaurant preset");
    }

    [Fact]
    public async Task Preview_ProblemFileBadJsonlLineAndTranscript_ShownBeforeImport_OthersImport()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "preview");
        var numbers = Write("scores.csv", "id,score\n1,5\n2,3\n");
        var jsonl = Write(
            "chats.jsonl",
            "{\"text\": \"The courier was late again\"}\n{not json\n{\"text\": \"Lovely bread\"}\n"
        );
        var transcript = Write("call.txt", "Agent: Hello, how can I help?\nCustomer: My order never arrived.\n");
        await WebFlow.UploadAsync(page, numbers, jsonl, transcript);

        var problem = WebFlow.Card(page, "scores.csv").Locator("[data-testid=file-problem]");
        await Expect(problem).ToContainTextAsync("Feedback text");
        await Expect(problem).Not.ToContainTextAsync("--");
        await Expect(page.Locator("[data-testid=not-imported]")).ToContainTextAsync("scores.csv");
        await Expect(WebFlow.Card(page, "chats.jsonl").Locator("[data-testid=file-warnings]"))
            .ToContainTextAsync("line 2");
        await Expect(WebFlow.Card(page, "call.txt").Locator("[data-testid=turns] tbody tr")).ToHaveCountAsync(2);
        await Expect(WebFlow.Card(page, "call.txt")).ToContainTextAsync("2 turns");

        await WebFlow.ImportAsync(page);
        var sources = page.Locator("[data-testid=sources] tbody tr");
        await Expect(sources).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=sources]")).Not.ToContainTextAsync("scores.csv");
    }

    [Fact]
    public async Task UnknownAddress_RealNotFoundPage()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("[data-testid=not-found]")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href='/']").First).ToBeVisibleAsync();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_files, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);
}
