using System.CommandLine;
using System.Globalization;
using CxAssistant.Evals.Reports;
using CxAssistant.Evals.Runs;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx eval compare RUN [--baseline RUN2]`: per-case regressions and improvements; exits 3 when a regression exceeds a
/// suite threshold.
/// </summary>
internal static class EvalCompareCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run")
        {
            Description = "Run id under evals/runs, a run folder, or 'latest'.",
            DefaultValueFactory = _ => "latest",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Compare with this run instead of the committed baselines (evals/baselines/<suite>.json).",
        };
        var evals = EvalPaths.EvalsOption();
        var command = new Command(
            "compare",
            "Compare a run with the committed baselines (or another run); exit code 3 on regression."
        )
        {
            run,
            baseline,
            evals,
        };
        command.SetAction(result =>
        {
            try
            {
                var evalsDir = result.GetRequiredValue(evals);
                var runs = EvalPaths.Runs(evalsDir);
                var current = RunStore.ReadResults(RunStore.Resolve(result.GetRequiredValue(run), runs));
                Func<string, SuiteResult?> baselineFor;
                if (result.GetValue(baseline) is { } other)
                {
                    var old = RunStore.ReadResults(RunStore.Resolve(other, runs));
                    baselineFor = name => old.Suites.FirstOrDefault(s => s.Name == name);
                }
                else
                {
                    var store = new BaselineStore(EvalPaths.Baselines(evalsDir));
                    baselineFor = name => store.Load(name)?.Suite;
                }
                var comparisons = RunComparer.Compare(current, baselineFor);
                Print(comparisons);
                return comparisons.Any(c => c.Regressed) ? EvalCommand.Regressed : ExitCodes.Ok;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return ExitCodes.Failed;
            }
        });
        return command;
    }

    internal static void Print(IReadOnlyList<VariantComparison> comparisons)
    {
        foreach (var c in comparisons)
        {
            Console.WriteLine($"{(c.Regressed ? "REGRESSED" : "ok")} {c.Suite} [{c.Variant}]: {c.Summary}");
            foreach (var d in c.Cases.Where(d => d.Kind != RunComparer.OutputChanged).Take(30))
            {
                Console.WriteLine(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {d.Kind, -12} {d.CaseId}: {d.BaselineStatus ?? "–"} "
                            + $"{d.BaselineScore?.ToString("0.###", CultureInfo.InvariantCulture) ?? "–"} "
                            + $"→ {d.Status ?? "–"} "
                            + $"{d.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "–"}  "
                            + $"{d.Detail}"
                    )
                );
            }
            var changed = c.Cases.Count(d => d.Kind == RunComparer.OutputChanged);
            if (changed > 0)
            {
                Console.WriteLine($"  {changed} cases with the same score but a different output");
            }
        }
    }
}
