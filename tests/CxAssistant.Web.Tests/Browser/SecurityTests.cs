using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>Hostile customer text and hostile uploads, in a real browser.</summary>
public sealed class SecurityTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private const string ScriptPayload = "<script>window.__xss = 1</script> the delivery was late and the courier rude";
    private const string ImgPayload =
        "<img src=x onerror=\"window.__xss = 2\"> refund took forever, support never called back";
    private readonly string _folder = Directory.CreateTempSubdirectory("cx-web-xss-").FullName;

    [Fact]
    public async Task XssPayloadInFeedback_IsShownAsTextAndNeverRuns()
    {
        var csv = Path.Combine(_folder, "hostile-feedback.csv");
        // Neither column name hints at text, so detection picks the wordier field_b (an internal note); the user fixes
        // it to field_a.
        await File.WriteAllLinesAsync(
            csv,
            [
                "id,field_a,field_b",
                $"1,\"{ScriptPayload.Replace("\"", "\"\"")}\",\"Internal follow-up: "
                    + $"customer contacted about the late parcel, escalated to the logistics "
                    + $"team for review and refund\"",
                $"2,\"{ImgPayload.Replace("\"", "\"\"")}\",\"Internal follow-up: "
                    + $"customer contacted about the refund, escalated to the payments team "
                    + $"for review and a call back\"",
                "3,\"Checkout was quick and the website easy to use\",\"Internal "
                    + "follow-up: none needed, customer happy with the website and the "
                    + "checkout flow overall\"",
            ]
        );
        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) =>
        {
            dialogs++;
            _ = d.DismissAsync();
        };
        await WebFlow.CreateWorkspaceAsync(page, "hostile");
        await WebFlow.UploadAsync(page, csv);
        var card = WebFlow.Card(page, "hostile-feedback.csv");
        await Expect(card.Locator("select[data-role=text]")).ToHaveValueAsync("field_b");
        // The preview table already shows the payload: as text.
        await Expect(card.Locator("table")).ToContainTextAsync("<script>window.__xss = 1</script>");
        await card.Locator("select[data-role=text]").SelectOptionAsync("field_a");
        await WebFlow.ImportAsync(page);
        await Expect(page.Locator("[data-testid=sources]")).ToContainTextAsync("text → field_a");
        await WebFlow.AnalyseAsync(page);

        await page.ClickAsync("nav.tabs >> text=Ask");
        await page.FillAsync("#chat-q", "show me what people say about refunds");
        await page.ClickAsync(".chat button:has-text('Ask')");
        await Expect(page.Locator(".chat .a").First).ToContainTextAsync("<img src=x onerror=");
        await page.ClickAsync(".chat a.cite >> nth=0");
        await Expect(page.Locator("[data-testid=record-text]")).ToContainTextAsync("onerror=\"window.__xss = 2\"");

        foreach (
            var path in new[]
            {
                "/w/hostile/dashboard",
                "/w/hostile/map",
                "/w/hostile/personas",
                "/w/hostile/jobs",
                "/w/hostile/backlog",
            }
        )
        {
            var response = await page.GotoAsync(path);
            Assert.Contains(
                "script-src 'self'",
                response!.Headers["content-security-policy"],
                StringComparison.Ordinal
            );
        }
        await page.GotoAsync("/w/hostile/map");
        foreach (var link in (await page.Locator("svg[data-map] a[data-node]").AllAsync()).Take(3))
        {
            await page.GotoAsync((await link.GetAttributeAsync("href"))!);
            await Expect(page.Locator("[data-testid=scores]")).ToBeVisibleAsync();
            await page.GotoAsync("/w/hostile/map");
        }
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Upload_UnsupportedTypeAndBinaryContent_AreRefusedWithReasons()
    {
        var exe = Path.Combine(_folder, "setup.exe");
        await File.WriteAllBytesAsync(exe, [0x4D, 0x5A, 0x00, 0x01]);
        var fakeCsv = Path.Combine(_folder, "photo.csv");
        await File.WriteAllBytesAsync(fakeCsv, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var page = await app.NewPageAsync();
        await WebFlow.CreateWorkspaceAsync(page, "uploads");
        await page.SetInputFilesAsync("input[name=files]", [exe, fakeCsv]);
        await page.ClickAsync("button:has-text('Upload and check columns')");
        await Expect(page).ToHaveURLAsync(new Regex(@"/w/uploads(\?handler=Upload)?$"));
        var alert = page.Locator("[role=alert]");
        await Expect(alert).ToContainTextAsync("setup.exe: unsupported file type");
        await Expect(alert).ToContainTextAsync("photo.csv: binary content");
        var staged = Path.Combine(app.DataRoot, "uploads", "uploads");
        Assert.Empty(Directory.Exists(staged) ? Directory.GetFileSystemEntries(staged) : []);
    }

    [Fact]
    public async Task WorkspaceName_PathLikeName_IsRefused()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        // The browser's pattern check would stop the form; remove it to see what the server does with a hostile name.
        await page.EvalOnSelectorAsync(
            "#name",
            "e => { e.removeAttribute('pattern'); e.removeAttribute('maxlength'); }"
        );
        await page.FillAsync("#name", "../escape");
        await page.ClickAsync("button:has-text('Create')");
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("not a valid name");
        Assert.False(Directory.Exists(Path.Combine(app.DataRoot, "..", "escape")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
