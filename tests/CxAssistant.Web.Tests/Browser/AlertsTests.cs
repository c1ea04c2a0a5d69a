using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// The dashboard shows the alerts the configured thresholds raise, beside what changed since the month before.
/// </summary>
public sealed class AlertsTests(AlertsTests.StrictAlerts app) : IClassFixture<AlertsTests.StrictAlerts>
{
    /// <summary>
    /// Thresholds any real data crosses: every touchpoint with 1 negative mention in 10, any NPS fall.
    /// </summary>
    public sealed class StrictAlerts : WebAppFixture
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
            new Dictionary<string, string?>
            {
                ["CxAssistant:Alerts:NegativeShare"] = "0.1",
                ["CxAssistant:Alerts:MinMentions"] = "5",
                ["CxAssistant:Alerts:NpsDrop"] = "off",
            };
    }

    [Fact]
    public async Task Dashboard_ThresholdsCrossed_ListsAlertsAndWhatChanged()
    {
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "alerts");
        await WebFlow.UploadAsync(page, RepositoryRoot.Sample("trailhead-outfitters/nps-survey.csv"));
        await WebFlow.ImportAsync(page);
        await WebFlow.AnalyseAsync(page);

        await page.ClickAsync("nav.tabs >> text=Dashboard");

        var alerts = page.Locator("[data-testid=alerts] li");
        await Expect(alerts).Not.ToHaveCountAsync(0);
        // NpsDrop is off: every alert is about a touchpoint's negative share.
        foreach (var alert in await alerts.AllAsync())
        {
            await Expect(alert).ToHaveAttributeAsync("data-kind", "negativeshare");
        }
        // The survey spans three months: the latest is compared with the one before.
        await Expect(page.Locator("[data-testid=what-changed] h2")).ToContainTextAsync("against");
        await Expect(page.Locator("[data-testid=nps-change]")).ToContainTextAsync("points");
    }
}
