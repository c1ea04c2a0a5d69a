using System.Net;
using System.Text.RegularExpressions;
using CxAssistant.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CxAssistant.Web.Tests.Hosting;

/// <summary>With an access key every page asks for it once; the key buys a login cookie.</summary>
public sealed partial class AccessKeyTests : IAsyncLifetime
{
    private const string Key = "s3cret-key-for-tests";
    private WebApplication _app = null!;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cx-web-key-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        _app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["CxAssistant:Web:DataRoot"] = _root,
                ["CxAssistant:Web:AccessKey"] = Key,
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        await _app.StartAsync();
    }

    [Fact]
    public async Task Pages_WithoutLogin_RedirectToLogin()
    {
        using var client = Client(out _);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/w/any/chat/stream?q=x")).StatusCode);
    }

    [Theory]
    [InlineData("wrong-key", false)]
    [InlineData(Key, true)]
    public async Task Login_WithKey_GrantsAccessOnlyWhenRight(string key, bool granted)
    {
        using var client = Client(out _);
        var form = await client.GetStringAsync("/login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await client.PostAsync(
            "/login",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["key"] = key,
                    ["__RequestVerificationToken"] = token,
                    ["returnUrl"] = "/",
                }
            )
        );
        var home = await client.GetAsync("/");
        Assert.Equal(granted ? HttpStatusCode.OK : HttpStatusCode.Redirect, home.StatusCode);
        if (!granted)
        {
            Assert.Contains(
                "That key is not right",
                await response.Content.ReadAsStringAsync(),
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = Client(out _);
        await client.GetStringAsync("/login");
        var response = await client.PostAsync(
            "/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key })
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = new Uri(_app.Address()) };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
