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
        await page.ClickAsync("button:has-text('Upload and check columns')");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/uploads/[0-9a-f]{32}$"));
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
