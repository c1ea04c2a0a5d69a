using CxAssistant.Web.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CxAssistant.Web.Tests.Tools;

/// <summary>
/// Full-page screenshots of every page at desktop (1280×800) and phone (390×844) widths, for looking at.
/// </summary>
internal static class Screenshots
{
    public static async Task RunAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        await using var seeded = await SeededApp.StartAsync();
        var view = seeded.View;
        var ws = SeededApp.Workspace;
        var touchpoint =
            view.FixFirst.Count > 0 ? view.FixFirst[0].TouchpointId : view.Result.Scoring.Touchpoints[0].TouchpointId;
        var record = view.Result.Records.First(r => r.IsCustomerVoice).Id;
        // A staged upload so the column-mapping page can be looked at too.
        var staging = seeded.App.Services.GetRequiredService<UploadStaging>();
        var sample = RepositoryRoot.Sample("trailhead-outfitters/product-reviews.csv");
        await using var stream = File.OpenRead(sample);
        var upload = await staging.SaveAsync(
            ws,
            [new FormFile(stream, 0, stream.Length, "files", "product-reviews.csv")]
        );
        (string Name, string Path)[] pages =
        [
            ("home", "/"),
            ("sources", $"/w/{ws}"),
            ("mapping", $"/w/{ws}/uploads/{upload.UploadId}"),
            ("dashboard", $"/w/{ws}/dashboard"),
            ("map", $"/w/{ws}/map"),
            ("touchpoint", $"/w/{ws}/touchpoints/{touchpoint}"),
            ("personas", $"/w/{ws}/personas"),
            ("jobs", $"/w/{ws}/jobs"),
            ("backlog", $"/w/{ws}/backlog"),
            ("record", $"/w/{ws}/records/{record}"),
            ("chat", $"/w/{ws}/chat"),
            ("exports", $"/w/{ws}/exports"),
        ];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new() { ExecutablePath = await DebianChromium.EnsureInstalledAsync(), Args = WebAppFixture.ChromiumArgs }
        );
        foreach (var (label, width, height) in new[] { ("desktop", 1280, 800), ("phone", 390, 844) })
        {
            var context = await browser.NewContextAsync(
                new()
                {
                    BaseURL = seeded.BaseUrl,
                    ViewportSize = new() { Width = width, Height = height },
                }
            );
            var page = await context.NewPageAsync();
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(path);
                if (name == "chat")
                {
                    await page.FillAsync("#chat-q", "What annoys customers about delivery?");
                    await page.ClickAsync(".chat button:has-text('Ask')");
                    await page.Locator(".chat .a[data-done=true]").WaitForAsync();
                }
                var file = Path.Combine(folder, $"{name}-{label}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Console.WriteLine(file);
            }
            await context.CloseAsync();
        }
    }
}
