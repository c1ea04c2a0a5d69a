using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CxAssistant.Web.Hosting;
using CxAssistant.Web.Security;

namespace CxAssistant.Web.Tests.Hosting;

/// <summary>
/// Weak access keys refused at start, key guessing slowed per client, and a taken port explained in one line.
/// </summary>
public sealed partial class HardeningTests
{
    [Theory]
    [InlineData("1", "it has 1 characters")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa", "it has only 1 different characters")]
    [InlineData("abab1212abab1212", "it has only 4 different characters")]
    public void Build_WeakAccessKey_RefusesWithTheRule(string key, string why)
    {
        var e = Assert.Throws<StartupException>(() => CxWebApp.Build([], Settings(key)));

        Assert.Contains("CxAssistant:Web:AccessKey is too weak", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.Contains(AccessKeyRule.Rule, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoginThrottle_AfterFreeAttempts_LocksOutForDoublingTimesAndRightKeyClears()
    {
        var clock = new ManualClock();
        var throttle = new LoginThrottle(clock);
        for (var i = 0; i < LoginThrottle.FreeAttempts; i++)
        {
            throttle.Failed("10.0.0.1");
        }
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.1"));

        throttle.Failed("10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.RetryAfter("10.0.0.1"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.2")); // per client
        clock.Now += TimeSpan.FromSeconds(1);
        throttle.Failed("10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.RetryAfter("10.0.0.1"));
        for (var i = 0; i < 20; i++)
        {
            throttle.Failed("10.0.0.1");
        }
        Assert.Equal(LoginThrottle.MaxLockout, throttle.RetryAfter("10.0.0.1"));

        throttle.Succeeded("10.0.0.1");
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.0.0.1"));
    }

    [Fact]
    public async Task Login_ManyWrongKeys_AreThrottledAndTheRightKeyWaitsToo()
    {
        const string key = "correct horse battery staple";
        var root = Path.Combine(Path.GetTempPath(), "cx-web-throttle-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = CxWebApp.Build([], Settings(key, root));
        await app.StartAsync();
        try
        {
            using var client = new HttpClient(
                new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }
            )
            {
                BaseAddress = new Uri(app.Address()),
            };
            var statuses = new List<HttpStatusCode>();
            // Lockouts double from 1 s: twelve attempts in a row cannot all land outside them.
            for (var i = 0; i < 12; i++)
            {
                statuses.Add((await PostKeyAsync(client, "wrong-key-" + i)).StatusCode);
            }
            var right = await PostKeyAsync(client, key);

            Assert.All(statuses.Take(LoginThrottle.FreeAttempts), s => Assert.Equal(HttpStatusCode.OK, s));
            Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            Assert.Contains("Too many wrong keys", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(right.Headers.RetryAfter);
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Start_PortTaken_GivesOneLineNamingTheAddressAndTheFix()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var root = Path.Combine(Path.GetTempPath(), "cx-web-port-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = $"http://127.0.0.1:{port}",
                ["CxAssistant:Web:DataRoot"] = root,
                ["Logging:LogLevel:Default"] = "None",
            }
        );
        try
        {
            var e = await Assert.ThrowsAsync<IOException>(() => app.StartAsync());

            var message = PortInUse.Describe(e);
            Assert.NotNull(message);
            Assert.Contains($"127.0.0.1:{port}", message, StringComparison.Ordinal);
            Assert.Contains("--urls", message, StringComparison.Ordinal);
            Assert.Null(PortInUse.Describe(new IOException("disk full")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> PostKeyAsync(HttpClient client, string key)
    {
        var form = await client.GetStringAsync("/login");
        return await client.PostAsync(
            "/login",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["key"] = key,
                    ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
                    ["returnUrl"] = "/",
                }
            )
        );
    }

    private static Dictionary<string, string?> Settings(string key, string? root = null) =>
        new()
        {
            ["urls"] = "http://127.0.0.1:0",
            ["CxAssistant:Web:DataRoot"] = root
                ?? Path.Combine(Path.GetTempPath(), "cx-web-key-" + Guid.NewGuid().ToString("N")[..8]),
            ["CxAssistant:Web:AccessKey"] = key,
            ["Logging:LogLevel:Default"] = "Warning",
        };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
