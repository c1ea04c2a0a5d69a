using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Orchestration;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Cli.Terminal;
using CxAssistant.Core.Alerts;
using CxAssistant.Core.Analysis;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Reports;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// Runs an analysis with progress, writes the outputs and turns failures into messages and exit codes.
/// </summary>
internal static class AnalyzeRunner
{
    public static int Run(
        AnalyzeOptions options,
        ReportOptions report,
        string outputDirectory,
        bool quiet,
        bool failOnAlert,
        CancellationToken cancellationToken
    ) =>
        RunAsync(
                console =>
                    Task.FromResult(
                        console.WithProgress(p => new AnalysisPipeline().Run(options, p, cancellationToken))
                    ),
                report,
                outputDirectory,
                quiet,
                failOnAlert,
                cancellationToken
            )
            .GetAwaiter()
            .GetResult();

    /// <summary>
    /// The one way an offline analysis ends, whatever it read (files, a workspace): <paramref name="analyse"/> runs
    /// with
    /// the console's progress, then the reports are written and summarised and the alerts printed; a cancellation or an
    /// input problem becomes its message and exit code.
    /// </summary>
    public static async Task<int> RunAsync(
        Func<ConsoleUi, Task<AnalysisResult>> analyse,
        ReportOptions report,
        string outputDirectory,
        bool quiet,
        bool failOnAlert,
        CancellationToken cancellationToken
    )
    {
        var console = new ConsoleUi(quiet);
        try
        {
            var analysis = await analyse(console).ConfigureAwait(false);
            var written = ReportWriter.WriteAll(analysis, outputDirectory, report, cancellationToken);
            console.Summary(analysis, report, written);
            foreach (var skipped in analysis.Skipped)
            {
                console.Error(skipped.ToString());
            }
            return Finish(analysis, report, failOnAlert, analysis.Skipped.Count > 0);
        }
        catch (OperationCanceledException)
        {
            console.Error("Cancelled; no output was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            console.Error(e.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// `--dry-run`: analyses offline, then plans the model calls (rendering the real prompts and counting their tokens
    /// with o200k) and prints them with the estimated cost. Sends nothing and writes no files, whatever the provider.
    /// </summary>
    public static async Task<int> DryRunAsync(
        AnalyzeOptions options,
        string provider,
        string? workspace,
        CancellationToken cancellationToken
    )
    {
        var console = new ConsoleUi(quiet: true);
        try
        {
            AnalysisResult analysis;
            if (workspace is not null)
            {
                using var ws = EvidenceWorkspace.Open(workspace);
                var ingest = await ws.LoadAsync(cancellationToken).ConfigureAwait(false);
                options = options with
                {
                    Corrections = await ws.Corrections.ListAsync(cancellationToken).ConfigureAwait(false),
                };
                analysis = new AnalysisPipeline().Analyse(ingest, options, null, cancellationToken);
            }
            else
            {
                analysis = new AnalysisPipeline().Run(options, null, cancellationToken);
            }
            var configuration = CxConfiguration.Load();
            var price = ModelPrice.From(configuration, ModelProvider.Model(configuration, provider), provider);
            var plan = await ModelAssistedAnalysis
                .PlanAsync(analysis, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            foreach (var line in DryRunReport.Lines(provider, price, plan, analysis.Records.Count))
            {
                Console.Out.WriteLine(line);
            }
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            console.Error("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            console.Error(e.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// Problems with the user's input or files (bad data, catalog, workspace, unreadable or unwritable paths): reported
    /// as one message and exit 1, never as a stack trace. One list for every analyze path.
    /// </summary>
    internal static bool IsInputProblem(Exception e) =>
        e is AnalysisException or CatalogException or WorkspaceException or IOException or UnauthorizedAccessException;

    /// <summary>
    /// Prints the alerts (also with --quiet: a scheduled job's log is where an owner reads them) and picks the exit
    /// code:
    /// <see cref="ExitCodes.Alert"/> when asked to fail on one, else errors, else OK. One rule for every analyze path.
    /// </summary>
    internal static int Finish(AnalysisResult analysis, ReportOptions report, bool failOnAlert, bool hadErrors)
    {
        var alerts = AlertRules.Check(analysis, report.Alerts);
        foreach (var alert in alerts)
        {
            Console.Out.WriteLine("ALERT: " + alert.Message);
        }
        if (alerts.Count > 0 && failOnAlert)
        {
            return ExitCodes.Alert;
        }
        return hadErrors ? ExitCodes.CompletedWithErrors : ExitCodes.Ok;
    }

    /// <summary>The lines printed after an analysis; also used by tests to check the console summary.</summary>
    public static IEnumerable<string> SummaryLines(AnalysisResult analysis, ReportOptions report)
    {
        yield return $"Analysed {analysis.Records.Count} evidence items from "
            + $"{analysis.Sources.Count} source(s); touchpoints from "
            + $"{analysis.CatalogSource}.";
        yield return "Headline: "
            + SummarySection.Metrics(analysis.Scoring.Overall).Replace("**", "", StringComparison.Ordinal);
        var rank = 0;
        var fix = analysis.FixFirst(report.Top);
        if (fix.Count > 0 && analysis.MostlyPositive())
        {
            yield return "Fix first: " + FixFirstList.MostlyPositiveNote + ".";
        }
        foreach (var s in fix)
        {
            yield return $"Fix first #{++rank}: {analysis.Catalog.Find(s.TouchpointId)?.Name ?? s.TouchpointId} "
                + $"(priority {MarkdownText.Num(s.Priority)}, {s.EmotionalImpact.Level}, {s.Mentions} mentions, "
                + $"{s.ComplaintCustomers} customers complain)";
        }
        if (rank == 0)
        {
            yield return "Fix first: " + FixFirstList.NothingToFix + ".";
        }
        if (WhatChangedSection.OneLine(analysis.Changes) is { } changed)
        {
            yield return changed;
        }
    }
}
