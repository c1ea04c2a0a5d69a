using System.CommandLine;
using System.Globalization;
using CxAssistant.Evals.Bench;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx eval bench`: time to replay N cached cases with four assertions each (recorded first through a scripted client).
/// </summary>
internal static class EvalBenchCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "Number of cases.", DefaultValueFactory = _ => 1000 };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Cases run at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var evals = EvalPaths.EvalsOption();
        var command = new Command(
            "bench",
            "Benchmark the harness: replay N cached cases (recorded once by a "
                + "scripted client) with four assertions each."
        )
        {
            cases,
            concurrency,
            evals,
        };
        command.SetAction(
            async (result, cancellationToken) =>
            {
                var evalsDir = result.GetRequiredValue(evals);
                var work = Path.Combine(Path.GetTempPath(), "cx-eval-bench-" + Guid.NewGuid().ToString("N")[..8]);
                try
                {
                    var r = await EvalBench.RunAsync(
                        result.GetValue(cases),
                        Path.Combine(evalsDir, "devset", "language.dev.jsonl"),
                        work,
                        Math.Max(1, result.GetValue(concurrency)),
                        cancellationToken
                    );
                    Console.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{r.Cases} cases: record (scripted client) "
                                + $"{r.Record.TotalSeconds:0.00} s; replay from cache "
                                + $"{r.Replay.TotalSeconds:0.00} s ({r.Cases / r.Replay.TotalSeconds:0} "
                                + $"cases/s), "
                                + $"{r.ReplayModelCalls} model calls, score {r.ReplayScore:0.000}, "
                                + $"outputs identical: {(r.IdenticalOutputs ? "yes" : "NO")}"
                        )
                    );
                    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
                    return r.IdenticalOutputs && r.ReplayModelCalls == 0 ? ExitCodes.Ok : ExitCodes.Failed;
                }
                finally
                {
                    if (Directory.Exists(work))
                    {
                        Directory.Delete(work, recursive: true);
                    }
                }
            }
        );
        return command;
    }
}
