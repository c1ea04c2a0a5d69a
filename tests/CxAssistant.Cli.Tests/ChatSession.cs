using System.Diagnostics;
using System.Text;

namespace CxAssistant.Cli.Tests;

/// <summary>
/// A running `cx` child process with a writable stdin and its output collected as it arrives, optionally inside a
/// pseudo-terminal (util-linux `script`), so tests can type, press Ctrl-C and wait for what the user would see.
/// </summary>
internal sealed class ChatSession : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly Lock _lock = new();
    private readonly Task[] _pumps;

    private ChatSession(Process process)
    {
        _process = process;
        _pumps = [Pump(process.StandardOutput), Pump(process.StandardError)];
    }

    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _out.ToString();
            }
        }
    }

    /// <remarks>
    /// In the terminal, SIGINT is reset to its default first: a runner started in the background inherits it ignored,
    /// and .NET keeps ignored signals ignored, so Ctrl-C would never reach cx. And `script -c` runs the command through
    /// $SHELL, or /bin/sh (dash) when SHELL is unset as in CI: without `exec` dash stays in the terminal's foreground
    /// group, catches the same Ctrl-C and, once cx has exited 0, kills itself with SIGINT, so `script` reports 130.
    /// </remarks>
    public static ChatSession Start(
        bool terminal,
        IReadOnlyDictionary<string, string>? environment,
        params string[] args
    )
    {
        var cx = Path.Combine(AppContext.BaseDirectory, "cx.dll");
        var start = terminal
            ? new ProcessStartInfo("script")
            {
                ArgumentList =
                {
                    "-q",
                    "-e",
                    "-c",
                    "exec env --default-signal=INT dotnet " + Quote(cx) + " " + string.Join(' ', args.Select(Quote)),
                    "/dev/null",
                },
            }
            : new ProcessStartInfo("dotnet") { ArgumentList = { cx } };
        if (!terminal)
        {
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }
        }
        start.WorkingDirectory = CxProcess.RepoRoot;
        start.RedirectStandardInput = start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        return new ChatSession(Process.Start(start)!);
    }

    public void Type(string text)
    {
        _process.StandardInput.Write(text);
        _process.StandardInput.Flush();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>
    /// Waits until the output contains <paramref name="text"/> after <paramref name="from"/>; returns its index. Up to
    /// three minutes: a safety net against a hang, not a speed check (a first chat analyses the workspace).
    /// </summary>
    public int WaitFor(string text, int from = 0)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var output = Output;
            var at = output.IndexOf(text, Math.Min(from, output.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
            if (_process.HasExited && at < 0 && Output.Length == output.Length)
            {
                break;
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException($"'{text}' did not appear. Output so far:\n{Output}");
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            throw new TimeoutException("cx did not exit. Output:\n" + Output);
        }
        // Process.WaitForExit does not wait for our own readers: without this the last lines could still be in flight.
        if (!Task.WaitAll(_pumps, TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("cx's output did not close. Output:\n" + Output);
        }
        return _process.ExitCode;
    }

    /// <summary>
    /// Waits for exit and fails with everything cx printed when the exit code is not the expected one.
    /// </summary>
    public void AssertExitCode(int expected)
    {
        var code = WaitForExit();
        if (code != expected)
        {
            throw new Xunit.Sdk.XunitException($"cx exited {code}, expected {expected}. Output:\n{Output}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private async Task Pump(StreamReader reader)
    {
        var buffer = new char[4096];
        int n;
        while ((n = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_lock)
            {
                _out.Append(buffer, 0, n);
            }
        }
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
