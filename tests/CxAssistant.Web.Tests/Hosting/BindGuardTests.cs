using System.Diagnostics;
using CxAssistant.Web.Hosting;

namespace CxAssistant.Web.Tests.Hosting;

public sealed class BindGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("https://cx.example.com", false)]
    public void IsLoopback_Url_TellsLoopbackFromNetwork(string url, bool expected) =>
        Assert.Equal(expected, BindGuard.IsLoopback(url));

    [Fact]
    public void Build_NetworkBindWithoutKey_RefusesWithMessageNamingTheSetting()
    {
        var e = Assert.Throws<StartupException>(() =>
            CxWebApp.Build(
                [],
                new Dictionary<string, string?>
                {
                    ["urls"] = "http://127.0.0.1:0;http://0.0.0.0:0",
                    ["CxAssistant:Web:DataRoot"] = Path.Combine(
                        Path.GetTempPath(),
                        "cx-web-bind-" + Guid.NewGuid().ToString("N")
                    ),
                }
            )
        );
        Assert.Contains("http://0.0.0.0:0", e.Message, StringComparison.Ordinal);
        Assert.Contains("CxAssistant:Web:AccessKey", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:0", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CxAssistant:Web:MaxUploadBytes", "0")]
    [InlineData("CxAssistant:Web:MaxFilesPerUpload", "-1")]
    public void Build_InvalidLimit_RefusesNamingTheKey(string key, string value)
    {
        var e = Assert.Throws<StartupException>(() =>
            CxWebApp.Build(
                [],
                new Dictionary<string, string?>
                {
                    ["urls"] = "http://127.0.0.1:0",
                    [key] = value,
                    ["CxAssistant:Web:DataRoot"] = Path.Combine(
                        Path.GetTempPath(),
                        "cx-web-bind-" + Guid.NewGuid().ToString("N")
                    ),
                }
            )
        );
        Assert.StartsWith(key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KestrelEndpointOnNetworkWithoutKey_Refuses()
    {
        var e = Assert.Throws<StartupException>(() =>
            CxWebApp.Build(
                [],
                new Dictionary<string, string?>
                {
                    ["urls"] = "http://127.0.0.1:0",
                    ["Kestrel:Endpoints:Lan:Url"] = "http://192.168.10.5:8080",
                    ["CxAssistant:Web:DataRoot"] = Path.Combine(
                        Path.GetTempPath(),
                        "cx-web-bind-" + Guid.NewGuid().ToString("N")
                    ),
                }
            )
        );
        Assert.Contains("http://192.168.10.5:8080", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_NetworkBindWithKey_Builds()
    {
        await using var app = CxWebApp.Build(
            [],
            new Dictionary<string, string?>
            {
                ["urls"] = "http://0.0.0.0:0",
                ["CxAssistant:Web:AccessKey"] = "correct horse battery staple",
                ["CxAssistant:Web:DataRoot"] = Path.Combine(
                    Path.GetTempPath(),
                    "cx-web-bind-" + Guid.NewGuid().ToString("N")
                ),
            }
        );
        Assert.NotNull(app);
    }

    [Fact]
    public async Task Program_NetworkBindWithoutKey_ExitsWithErrorBeforeListening()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CxAssistant.Web.dll");
        var start = new ProcessStartInfo(
            "dotnet",
            [
                dll,
                "--urls",
                "http://0.0.0.0:0",
                "--CxAssistant:Web:DataRoot",
                Path.Combine(Path.GetTempPath(), "cx-web-bind-" + Guid.NewGuid().ToString("N")),
            ]
        )
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(
            "refusing to listen on http://0.0.0.0:0 without an access key",
            await stderr,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Now listening", await stdout, StringComparison.Ordinal);
    }
}
