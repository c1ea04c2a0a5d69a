using System.CommandLine;
using CxAssistant.Evals.Runs;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx eval bless RUN [--suite …]`: copies a run's suite results to evals/baselines/&lt;suite&gt;.json (commit them).
/// </summary>
internal static class EvalBlessCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run")
        {
            Description = "Run id under evals/runs, a run folder, or 'latest'.",
            DefaultValueFactory = _ => "latest",
        };
        var suite = new Option<string[]>("--suite")
        {
            Description = "Only these suites (default: every suite in the run).",
            AllowMultipleArgumentsPerToken = true,
        };
        var evals = EvalPaths.EvalsOption();
        var command = new Command(
            "bless",
            "Make a run the baseline: writes evals/baselines/<suite>.json for each suite in it."
        )
        {
            run,
            suite,
            evals,
        };
        command.SetAction(result =>
        {
            try
            {
                var evalsDir = result.GetRequiredValue(evals);
                var results = RunStore.ReadResults(
                    RunStore.Resolve(result.GetRequiredValue(run), EvalPaths.Runs(evalsDir))
                );
                foreach (
                    var file in new BaselineStore(EvalPaths.Baselines(evalsDir)).Bless(
                        results,
                        result.GetValue(suite) ?? []
                    )
                )
                {
                    Console.WriteLine(file);
                }
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
