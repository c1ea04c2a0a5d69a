using System.Diagnostics;

namespace CxAssistant.Web.Tests;

/// <summary>
/// Debian's Chromium for the browser tests: on a fresh machine the test command installs it through apt-get (once,
/// under a lock), because Playwright's own browser download cannot work here. A failed install is a clear error,
/// never a skipped test.
/// </summary>
internal static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureInstalledAsync()
    {
        if (File.Exists(Path))
        {
            return Path;
        }
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Path))
            {
                return Path;
            }
            var sudo = Environment.UserName == "root" ? "" : "sudo ";
            var (code, output) = await RunAsync(
                "/bin/sh",
                "-c",
                $"{sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
                    + $"{sudo}apt-get install -y -qq --no-install-recommends chromium"
            );
            if (code != 0 || !File.Exists(Path))
            {
                throw new InvalidOperationException(
                    $"The browser tests need Debian's Chromium at {Path}; installing it "
                        + $"with apt-get failed (exit {code}):\n{output}"
                );
            }
            return Path;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
