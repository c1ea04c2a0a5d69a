using System.Text;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// A long import shows live progress and can be cancelled from the page; nothing of the cancelled file stays.
/// </summary>
public sealed class CancelTests(CancelTests.LargeUploads app) : IClassFixture<CancelTests.LargeUploads>, IDisposable
{
    /// <summary>
    /// Room for an import that takes many seconds even on a fast machine (150k rows once finished before the Cancel
    /// button could be clicked), so the test does not race the importer.
    /// </summary>
    public sealed class LargeUploads : WebAppFixture
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
            new Dictionary<string, string?>
            {
                ["CxAssistant:Web:MaxUploadBytes"] = (200L * 1024 * 1024).ToString(
                    System.Globalization.CultureInfo.InvariantCulture
                ),
            };
    }

    private readonly string _folder = Directory.CreateTempSubdirectory("cx-web-cancel-").FullName;

    [Fact]
    public async Task Import_CancelWhileRunning_EndsCancelledWithNothingImported()
    {
        var csv = Path.Combine(_folder, "big-survey.csv");
        var sb = new StringBuilder("id,comment,nps\n");
        for (var i = 0; i < 1_500_000; i++)
        {
            sb.Append(i)
                .Append(",\"Order ")
                .Append(i)
                .Append(" arrived late and support never answered my emails\",")
                .Append(i % 11)
                .Append('\n');
        }
        await File.WriteAllTextAsync(csv, sb.ToString());

        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "cancel-me");
        await WebFlow.UploadAsync(page, csv);
        // The import request previews the 1.5M-row upload again and the workspace page then renders beside the running
        // import: seconds on a quiet machine, past Playwright's 30 s default when the cores are shared (seen at load
        // 38).
        await page.ClickAsync("[data-testid=import]", new() { Timeout = 120_000 });
        var job = page.Locator("[data-testid=job]");
        await Expect(job).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=job] button:has-text('Cancel')");
        await Expect(page.Locator("[data-testid=job-result]"))
            .ToHaveAttributeAsync("data-status", "cancelled", new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=job-result]")).ToContainTextAsync("rolled back");
        await Expect(page.Locator("h2", new() { HasText = "Sources" })).ToContainTextAsync("(0 records)");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
