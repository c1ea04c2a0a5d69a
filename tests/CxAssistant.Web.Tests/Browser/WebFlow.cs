using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>Steps shared by the browser tests: create a workspace, upload, import, analyse.</summary>
internal static class WebFlow
{
    public static async Task CreateWorkspaceAsync(IPage page, string name)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#name", name);
        await page.ClickAsync("button:has-text('Create')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/w/{name}$"));
    }

    public static async Task UploadAsync(IPage page, params string[] files)
    {
        await page.SetInputFilesAsync("input[name=files]", files);
        // The click waits for the upload and its column check: seconds on a quiet machine, past Playwright's 30 s default
        // for the cancel test's 1.5M-row file when the cores are shared.
        await page.ClickAsync("button:has-text('Upload and check columns')", new() { Timeout = 120_000 });
        await Expect(page)
            .ToHaveURLAsync(
                new System.Text.RegularExpressions.Regex("/uploads/[0-9a-f]{32}$"),
                new() { Timeout = 60_000 }
            );
    }

    /// <summary>
    /// Clicks Import and waits until the import job has finished and the page reloaded with its result.
    /// </summary>
    public static async Task ImportAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=import]");
        await Expect(page.Locator("[data-testid=job-result]"))
            .ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 60_000 });
    }

    /// <summary>Runs the analysis, checks that live progress was shown, and waits for it to succeed.</summary>
    public static async Task AnalyseAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=run-analysis]");
        await Expect(page.Locator("[data-testid=job-result]"))
            .ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 120_000 });
    }

    public static ILocator Card(IPage page, string file) => page.Locator($"[data-file='{file}']");
}
