using System.Diagnostics;
using System.Globalization;

namespace CxAssistant.DevTools.Bench;

/// <summary>
/// What one hostile case did: exit code, the line of output that carries the expected message, peak memory and time.
/// </summary>
public sealed record HostileRun(
    HostileCase Case,
    int ExitCode,
    string Message,
    string StdOut,
    string StdErr,
    long PeakMiB,
    double Seconds
)
{
    /// <summary>Writes the case into a fresh folder and runs <c>cx</c> on it as a child process.</summary>
    public static HostileRun Execute(HostileCase hostile, string cxCommand, string? cxDll = null)
    {
        var root = Directory.CreateTempSubdirectory("cx-hostile-").FullName;
        try
        {
            var input = Path.Combine(root, "in");
            Directory.CreateDirectory(input);
            hostile.Write(input);
            var start = new ProcessStartInfo(cxCommand)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                WorkingDirectory = root,
            };
            if (cxDll is not null)
            {
                start.ArgumentList.Add(cxDll);
            }
            foreach (var a in hostile.ArgsFor(input, Path.Combine(root, "out")))
            {
                start.ArgumentList.Add(a);
            }
            start.Environment["NO_COLOR"] = "1";
            start.Environment["CX_REPORT_PEAK_MEMORY"] = "1";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{hostile.Name}: cx did not finish in 5 minutes");
            }
            var lines = (stdout.Result + "\n" + stderr.Result).Split('\n');
            var peak = lines
                .Where(l => l.StartsWith("peak-memory-mib: ", StringComparison.Ordinal))
                .Select(l => long.Parse(l["peak-memory-mib: ".Length..], CultureInfo.InvariantCulture))
                .DefaultIfEmpty(-1)
                .Last();
            var message = lines.FirstOrDefault(l => l.Contains(hostile.Message, StringComparison.OrdinalIgnoreCase))
                ?? lines.FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal))
                ?? "";
            return new HostileRun(
                hostile,
                process.ExitCode,
                message.Trim(),
                stdout.Result,
                stderr.Result,
                peak,
                clock.Elapsed.TotalSeconds
            );
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
