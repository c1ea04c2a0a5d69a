using CxAssistant.Core.Corrections;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// A CX lead corrects a record on its page; the correction is kept in the workspace and the next analysis applies it.
/// </summary>
public sealed class CorrectionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RecordPage_CorrectSentimentThenReanalyse_KeptAndShownAsCorrected()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "corrections");
        await WebFlow.UploadAsync(page, RepositoryRoot.Sample("trailhead-outfitters/nps-survey.csv"));
        await WebFlow.ImportAsync(page);
        await WebFlow.AnalyseAsync(page);
        var analyses = app.Services.GetRequiredService<AnalysisStore>();
        var before = analyses.Get("corrections")!.Result;
        var index = Enumerable
            .Range(0, before.Records.Count)
            .First(i =>
                before.Records[i].IsCustomerVoice
                && before.Annotations[i].SentimentLabel != Core.Annotations.SentimentLabel.Negative
                && before.Records[i].Text.Length > 20
            );
        var id = before.Records[index].Id;

        await page.GotoAsync($"/w/corrections/records/{id}");
        await page.Locator("select[name=Sentiment]").SelectOptionAsync("negative");
        await page.ClickAsync("[data-testid=save-correction]");

        await Expect(page.Locator("[data-testid=correct-saved]")).ToContainTextAsync("Saved 1 correction");
        await Expect(page.Locator("[data-testid=record-corrections] li")).ToContainTextAsync("sentiment of record");
        var store = app.Services.GetRequiredService<WorkspaceStore>();
        using (var workspace = store.Open("corrections"))
        {
            var kept = Assert.Single(await workspace.Corrections.ListAsync());
            Assert.Equal((CorrectionKind.Sentiment, id, "negative"), (kept.Kind, kept.Target, kept.Value));
        }

        await page.GotoAsync("/w/corrections");
        await WebFlow.AnalyseAsync(page);
        await page.GotoAsync($"/w/corrections/records/{id}");

        await Expect(page.Locator("[data-testid=corrected]")).ToContainTextAsync("sentiment");
        var after = analyses.Get("corrections")!.Result;
        Assert.Equal(
            Core.Annotations.SentimentLabel.Negative,
            after.Annotations[after.Records.ToList().FindIndex(r => r.Id == id)].SentimentLabel
        );
    }

    [Fact]
    public async Task TouchpointPage_SplitThemeThenReanalyse_RecordsUsingTheWordMoveToTheNewTheme()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "theme-split");
        await WebFlow.UploadAsync(page, RepositoryRoot.Sample("trailhead-outfitters/nps-survey.csv"));
        await WebFlow.ImportAsync(page);
        await WebFlow.AnalyseAsync(page);
        var analyses = app.Services.GetRequiredService<AnalysisStore>();
        var before = analyses.Get("theme-split")!.Result;
        // The busiest touchpoint, and the word one of its records was read from.
        var busiest = before.Scoring.Touchpoints.MaxBy(t => t.Mentions)!.TouchpointId;
        var index = Enumerable
            .Range(0, before.Records.Count)
            .First(i => before.Annotations[i].Touchpoints.Any(m => m.TouchpointId == busiest && m.End - m.Start >= 4));
        var mention = before.Annotations[index].Touchpoints.First(m => m.TouchpointId == busiest);
        var word = before.Records[index].Text[mention.Start..mention.End].Split(' ')[0];

        await page.GotoAsync($"/w/theme-split/touchpoints/{busiest}");
        await page.FillAsync("input[aria-label='New theme']", "Split off by the team");
        await page.FillAsync("input[aria-label=Words]", word);
        await page.ClickAsync("[data-testid=split-theme]");

        await Expect(page.Locator("[data-testid=correct-saved]")).ToContainTextAsync("Saved 1 correction");
        await Expect(page.Locator("[data-testid=theme-corrections] li")).ToContainTextAsync("'Split off by the team'");
        await page.GotoAsync("/w/theme-split");
        await WebFlow.AnalyseAsync(page);

        var after = analyses.Get("theme-split")!.Result;
        var split = Assert.Single(after.Catalog.Touchpoints, t => t.Name == "Split off by the team");
        var record = after.Records.ToList().FindIndex(r => r.Id == before.Records[index].Id);
        Assert.Contains(split.Id, after.Annotations[record].Touchpoints.Select(m => m.TouchpointId));
        Assert.DoesNotContain(busiest, after.Annotations[record].Touchpoints.Select(m => m.TouchpointId));
        await page.GotoAsync($"/w/theme-split/touchpoints/{split.Id}");
        await Expect(page.Locator("[data-testid=touchpoint-name]")).ToHaveTextAsync("Split off by the team");
    }

    [Fact]
    public async Task RecordPage_ConfirmLabels_StoredAsTheTeamsLabelsAsRead()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "confirm");
        await WebFlow.UploadAsync(page, RepositoryRoot.Sample("trailhead-outfitters/nps-survey.csv"));
        await WebFlow.ImportAsync(page);
        await WebFlow.AnalyseAsync(page);
        var result = app.Services.GetRequiredService<AnalysisStore>().Get("confirm")!.Result;
        var index = Enumerable
            .Range(0, result.Records.Count)
            .First(i => result.Records[i].IsCustomerVoice && result.Annotations[i].Touchpoints.Count > 0);
        var (id, read) = (result.Records[index].Id, result.Annotations[index]);

        await page.GotoAsync($"/w/confirm/records/{id}");
        await page.ClickAsync("[data-testid=confirm-labels]");

        await Expect(page.Locator("[data-testid=correct-saved]")).ToContainTextAsync("Saved 3 corrections");
        using var workspace = app.Services.GetRequiredService<WorkspaceStore>().Open("confirm");
        var kept = (await workspace.Corrections.ListAsync()).ToDictionary(c => c.Kind, c => c.Value);
        Assert.Equal(CorrectionNames.Of(read.SentimentLabel), kept[CorrectionKind.Sentiment]);
        Assert.Equal(CorrectionNames.Of(read.Intent), kept[CorrectionKind.Intent]);
        Assert.Equal(read.Touchpoints[0].TouchpointId, kept[CorrectionKind.Touchpoints].Split('|')[0]);
    }

    [Fact]
    public async Task RecordPage_PostWithoutAntiforgeryToken_Refused()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "forged");
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        var response = await client.PostAsync(
            "/w/forged/records/abc?handler=Correct",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Sentiment"] = "negative" })
        );

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        using var workspace = app.Services.GetRequiredService<WorkspaceStore>().Open("forged");
        Assert.Empty(await workspace.Corrections.ListAsync());
    }
}
