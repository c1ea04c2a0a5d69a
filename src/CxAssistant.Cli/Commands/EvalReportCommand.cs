using System.CommandLine;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx eval report RUN`: writes report.md and report.html into the run folder.</summary>
internal static class EvalReportCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run")
        {
            Description = "Run id under evals/runs, a run folder, or 'latest'.",
            DefaultValueFactory = _ => "latest",
        };
        var evals = EvalPaths.EvalsOption();
        var command = new Command(
            "report",
            "Write report.md and report.html for a run (per-suite scores, per-case "
                + "outputs, reasons, tokens, cost, latency)."
        )
        {
            run,
            evals,
        };
        command.SetAction(result =>
        {
            try
            {
                var dir = RunStore.Resolve(
                    result.GetRequiredValue(run),
                    EvalPaths.Runs(result.GetRequiredValue(evals))
                );
                var results = RunStore.ReadResults(dir);
                var manifest = File.Exists(Path.Combine(dir, RunStore.ManifestFile))
                    ? RunStore.ReadManifest(dir)
                    : null;
                File.WriteAllText(Path.Combine(dir, "report.md"), MarkdownReport.Render(results, manifest));
                File.WriteAllText(Path.Combine(dir, "report.html"), HtmlReport.Render(results, manifest));
                Console.WriteLine(Path.Combine(dir, "report.md"));
                Console.WriteLine(Path.Combine(dir, "report.html"));
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
