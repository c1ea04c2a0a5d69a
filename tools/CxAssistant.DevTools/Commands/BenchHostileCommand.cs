using System.CommandLine;
using System.Globalization;
using CxAssistant.DevTools.Bench;
using CxAssistant.Hosting;

namespace CxAssistant.DevTools.Commands;

/// <summary>
/// `cx bench-hostile`: runs every case of the hostile-input corpus and prints exit code, message and peak memory.
/// </summary>
public static class BenchHostileCommand
{
    public static Command Create()
    {
        var only = new Option<string[]>("--case")
        {
            Description = "Run only these cases (default: all).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "bench-hostile",
            "Run the hostile-input corpus: exit code, message and peak memory per case."
        )
        {
            only,
        };
        command.SetAction(
            (result, cancellationToken) =>
            {
                var names = result.GetValue(only) ?? [];
                var self = Environment.ProcessPath!;
                var dll =
                    Path.GetFileNameWithoutExtension(self) == "dotnet"
                        ? System.Reflection.Assembly.GetEntryAssembly()!.Location
                        : null;
                Console.WriteLine("| case | input | exit (expected) | message | peak memory (MiB) | time (s) |");
                Console.WriteLine("|---|---|---:|---|---:|---:|");
                var failed = 0;
                foreach (var hostile in HostileCorpus.Cases.Where(c => names.Length == 0 || names.Contains(c.Name)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var run = HostileRun.Execute(hostile, self, dll);
                    var ok =
                        run.ExitCode == hostile.ExitCode
                        && run.Message.Contains(hostile.Message, StringComparison.OrdinalIgnoreCase);
                    if (!ok)
                    {
                        failed++;
                    }
                    var message = run.Message.Length > 160 ? run.Message[..160] + "…" : run.Message;
                    Console.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"| {hostile.Name} | {hostile.What} | {run.ExitCode} "
                                + $"({hostile.ExitCode}){(ok ? "" : " ✗")} | "
                                + $"{message.Replace("|", "\\|", StringComparison.Ordinal)} | "
                                + $"{run.PeakMiB} | {run.Seconds:F1} |"
                        )
                    );
                }
                return Task.FromResult(failed == 0 ? ExitCodes.Ok : ExitCodes.CompletedWithErrors);
            }
        );
        return command;
    }
}
