using System.CommandLine;
using CxAssistant.Evals.Runs;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// Where the eval commands read and write: the evals folder (default: evals/ of the checkout), its suites, runs,
/// baselines and response cache.
/// </summary>
internal static class EvalPaths
{
    public static Option<string> EvalsOption() =>
        new("--evals-dir")
        {
            Description = "The evals folder (suites/, runs/, baselines/, cache/).",
            DefaultValueFactory = _ => RepositoryRoot.Evals(),
        };

    public static string Suites(string evals) => Path.Combine(evals, "suites");

    public static string Runs(string evals) => Path.Combine(evals, "runs");

    public static string Baselines(string evals) => Path.Combine(evals, "baselines");

    public static string Cache(string evals) => Path.Combine(evals, "cache");
}
