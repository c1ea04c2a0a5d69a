using System.Diagnostics;

namespace CxAssistant.DevTools.Commands;

/// <summary>Runs this `cx` again as a child process (so a measurement's peak memory is its own) and returns its exit code.</summary>
internal static class BenchChild
{
    public static int Run(IEnumerable<string> args)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
