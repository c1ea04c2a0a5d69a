using System.CommandLine;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx eval`: the prompt-evaluation harness (run suites, report, compare with baselines, bless, benchmark).
/// </summary>
internal static class EvalCommand
{
    /// <summary>Exit code when suites ran but some failed their thresholds or cases errored.</summary>
    public const int SuitesFailed = 2;

    /// <summary>Exit code of <c>cx eval compare</c> when a regression exceeds a suite threshold.</summary>
    public const int Regressed = 3;

    public static Command Create() =>
        new(
            "eval",
            "Evaluate prompts and offline stages on the suites in evals/suites (run, report, compare, bless, bench)."
        )
        {
            EvalRunCommand.Create(),
            EvalReportCommand.Create(),
            EvalCompareCommand.Create(),
            EvalBlessCommand.Create(),
            EvalBenchCommand.Create(),
        };
}
