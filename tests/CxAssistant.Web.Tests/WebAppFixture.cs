using CxAssistant.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace CxAssistant.Web.Tests;

/// <summary>
/// Starts the web app in-process on 127.0.0.1 with a free port and a temporary data root, and Debian's Chromium
/// (never a downloaded browser) through Playwright. One per test class that needs a browser.
/// </summary>
public class WebAppFixture : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string DataRoot { get; } =
        Path.Combine(Path.GetTempPath(), "cx-web-tests-" + Guid.NewGuid().ToString("N")[..8]);
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    /// <summary>Settings a test class needs on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["CxAssistant:Web:DataRoot"] = DataRoot,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        _app = CxWebApp.Build([], settings);
        await _app.StartAsync();
        BaseUrl = _app.Address();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = await DebianChromium.EnsureInstalledAsync(),
                Args = ChromiumArgs,
                Headless = true,
            }
        );
    }

    /// <summary>A fresh page (own cookies) with the base URL set, failing on any browser console error.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = BaseUrl,
                ViewportSize = new ViewportSize { Width = width, Height = height },
            }
        );
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataRoot, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
