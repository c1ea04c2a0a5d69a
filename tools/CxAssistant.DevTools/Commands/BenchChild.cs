using System.Diagnostics;
using System.Globalization;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// Runs this `cx` again as a child process (so a measurement's peak memory is its own) and returns its exit code.
/// </summary>
internal static class BenchChild
{
    public static int Run(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
        }
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// `cx &lt;command&gt; --in-process &lt;option&gt; v` for each value in turn, one child per value; stops at the
    /// first
    /// child that fails and returns its exit code (0 when all succeed).
    /// </summary>
    public static int RunEach(string command, string option, IEnumerable<int> values)
    {
        foreach (var value in values)
        {
            var exit = Run([command, "--in-process", option, value.ToString(CultureInfo.InvariantCulture)]);
            if (exit != 0)
            {
                return exit;
            }
        }
        return 0;
    }
}
