using CxAssistant.Analysis.Pipeline;
using CxAssistant.Cli.Commands;
using CxAssistant.Core.Analysis;
using CxAssistant.Reports;
using Spectre.Console;

namespace CxAssistant.Cli.Terminal;

/// <summary>
/// Console output for long runs: a live progress bar on an interactive terminal, one line per stage when
/// output is redirected (CI, pipes), nothing but errors and file names with --quiet. Errors go to stderr.
/// </summary>
internal sealed class ConsoleUi(bool quiet)
{
    private readonly IAnsiConsole _out = AnsiConsole.Console;
    private readonly TextWriter _err = Console.Error;

    public T WithProgress<T>(Func<IProgress<PipelineProgress>, T> work)
    {
        if (quiet)
        {
            return work(new Progress<PipelineProgress>(_ => { }));
        }
        if (!_out.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return work(new StageLogger(_err));
        }
        return _out.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(p =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                        {
                            foreach (var other in tasks.Values)
                            {
                                other.StopTask();
                            }
                            tasks[p.Stage] = task = ctx.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                            task.IsIndeterminate = p.Total == 0;
                        }
                        if (p.Total > 0)
                        {
                            task.Value = p.Done;
                        }
                    }
                });
                return work(progress);
            });
    }

    public void Summary(AnalysisResult analysis, ReportOptions report, IReadOnlyList<string> written)
    {
        if (!quiet)
        {
            foreach (var line in AnalyzeRunner.SummaryLines(analysis, report))
            {
                Console.Out.WriteLine(line);
            }
            _out.WriteLine();
        }
        _out.WriteLine("Wrote:");
        foreach (var file in written)
        {
            _out.WriteLine("  " + file);
        }
    }

    public void Error(string message) => _err.WriteLine("error: " + message);

    /// <summary>Prints each new stage once (for logs), so a redirected run still shows where it is.</summary>
    private sealed class StageLogger(TextWriter writer) : IProgress<PipelineProgress>
    {
        private string? _last;

        public void Report(PipelineProgress value)
        {
            lock (writer)
            {
                if (value.Stage == _last)
                {
                    return;
                }
                _last = value.Stage;
                writer.WriteLine(value.Total > 0 ? $"{value.Stage} ({value.Total} items)…" : value.Stage + "…");
            }
        }
    }

    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }
}
