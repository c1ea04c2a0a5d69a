using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// The whole user journey in a real browser: upload samples, fix a column mapping, import, analyse, read the dashboard,
/// open the map and a touchpoint, read a persona, ask the chat and follow a citation, export the report.
/// </summary>
public sealed class AnalysisJourneyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Journey_UploadMapAnalyseExploreAskExport_Works()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "trailhead");
        await WebFlow.UploadAsync(
            page,
            RepositoryRoot.Sample("trailhead-outfitters/product-reviews.csv"),
            RepositoryRoot.Sample("trailhead-outfitters/nps-survey.csv"),
            RepositoryRoot.Sample("trailhead-outfitters/support-tickets.jsonl")
        );

        // Detection reads the stars as a rating; this user wants them counted as CSAT (1–5) instead.
        var reviews = WebFlow.Card(page, "product-reviews.csv");
        await Expect(reviews.Locator("select[data-role=rating]")).ToHaveValueAsync("stars");
        await reviews.Locator("select[data-role=csat]").SelectOptionAsync("stars");
        await page.ClickAsync("button:has-text('Check mapping')");
        await Expect(page.Locator("[data-testid=mapping-errors]")).ToContainTextAsync("stars");
        await WebFlow.Card(page, "product-reviews.csv").Locator("select[data-role=rating]").SelectOptionAsync("");
        await WebFlow.ImportAsync(page);

        var sources = page.Locator("[data-testid=sources] tbody tr");
        await Expect(sources).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=sources] tr", new() { HasText = "product-reviews.csv" }))
            .ToContainTextAsync("csat → stars");
        await Expect(page.Locator("[data-testid=sources] tr", new() { HasText = "product-reviews.csv" }))
            .Not.ToContainTextAsync("rating →");

        await WebFlow.AnalyseAsync(page);

        await page.ClickAsync("nav.tabs >> text=Dashboard");
        var metrics = page.Locator("[data-testid=metrics] .metric");
        await Expect(metrics.Nth(0)).Not.ToHaveTextAsync("–");
        await Expect(metrics.Nth(1)).ToHaveTextAsync(new Regex(@"^\d+%$")); // CSAT exists only through the mapping fix
        await Expect(page.Locator("[data-testid=fix-first] li")).Not.ToHaveCountAsync(0);
        // The survey is dated over three months, so the dashboard shows a monthly trend.
        Assert.True(await page.Locator("[data-testid=trends] tbody tr").CountAsync() >= 2);

        await page.ClickAsync("nav.tabs >> text=Touchpoint map");
        // One outcome per journey stage on the map and in the journey view (the survey gives NPS).
        await Expect(page.Locator("svg[data-map] text.stage-outcome").First).ToContainTextAsync("NPS");
        await Expect(page.Locator("[data-testid=stage-outcome]").First).ToContainTextAsync("answers");
        var node = page.Locator("svg[data-map] a[data-node]").First;
        var nodeId = await node.GetAttributeAsync("data-node");
        await node.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/touchpoints/{nodeId}$"));
        await Expect(page.Locator("[data-testid=scores] .card")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=nps-impact]")).ToContainTextAsync("NPS impact");
        await page.SelectOptionAsync("select[name=tone]", "negative");
        await Expect(page).ToHaveURLAsync(new Regex("tone=negative"));
        var quotes = page.Locator("#evidence blockquote");
        foreach (var quote in await quotes.AllAsync())
        {
            await Expect(quote).ToHaveClassAsync(new Regex(@"\bneg\b|\bmid\b"));
        }

        await page.ClickAsync("nav.tabs >> text=Personas");
        var persona = page.Locator("[data-testid=persona]").First;
        await Expect(persona.Locator("h2")).Not.ToBeEmptyAsync();
        var personaName = await persona.Locator("h2").InnerTextAsync();
        await Expect(persona).ToContainTextAsync("customers");

        await page.ClickAsync("nav.tabs >> text=Ask");
        await page.FillAsync("#chat-q", "What do customers say about shipping delays?");
        await page.ClickAsync(".chat button:has-text('Ask')");
        var citation = page.Locator(".chat a.cite").First;
        await Expect(citation).ToBeVisibleAsync();
        await Expect(page.Locator(".chat .a").First).ToContainTextAsync("Shipping delays");
        await Expect(page.Locator(".chat .a").First).ToContainTextAsync("Sources:");
        var href = await citation.GetAttributeAsync("href");
        await citation.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href!) + "$"));
        await Expect(page.Locator("[data-testid=record-text]")).Not.ToBeEmptyAsync();

        await page.ClickAsync("nav.tabs >> text=Backlog");
        await Expect(page.Locator("[data-testid=backlog] tbody tr")).Not.ToHaveCountAsync(0);
        var csv = await page.Context.APIRequest.GetAsync("/w/trailhead/export/hypotheses.csv");
        Assert.Equal(200, csv.Status);
        Assert.StartsWith(
            string.Join(",", Reports.HypothesesCsv.Header[..3]),
            (await csv.TextAsync()).TrimStart('\uFEFF'),
            StringComparison.Ordinal
        );
        var markdown = await page.Context.APIRequest.GetAsync("/w/trailhead/export/backlog.md");
        Assert.StartsWith("#", await markdown.TextAsync(), StringComparison.Ordinal);
        var map = await page.Context.APIRequest.GetAsync("/w/trailhead/export/touchpoint-map.svg");
        Assert.Contains("<svg", await map.TextAsync(), StringComparison.Ordinal);
        var personas = await page.Context.APIRequest.GetAsync("/w/trailhead/export/personas.md");
        Assert.Contains(personaName.Split(' ')[0], await personas.TextAsync(), StringComparison.Ordinal);

        await page.ClickAsync("nav.tabs >> text=Exports");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('report.html')"));
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("trailhead", html, StringComparison.Ordinal);
    }
}
