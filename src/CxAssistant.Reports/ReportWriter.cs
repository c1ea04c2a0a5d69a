using System.Runtime.ExceptionServices;
using System.Text;
using CxAssistant.Core.Alerts;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports;

/// <summary>
/// Writes every output of an analysis into the output folder as one report set: the files are written into a staging
/// folder beside it and the two folders are switched in one step (<see cref="ReportSetFolder"/>), so a crash, a kill or
/// Ctrl-C at any moment leaves the complete previous set or the complete new one, never a mix.
/// </summary>
public static class ReportWriter
{
    /// <summary>Files every analysis writes.</summary>
    public static readonly string[] FileNames =
    [
        "report.md",
        "report.html",
        "analysis.json",
        "annotations.csv",
        "touchpoints.csv",
        "touchpoint-map.svg",
        AlertsJson.FileName,
    ];

    /// <summary>Files written when the analysis has the artifact behind them (hypotheses, personas, jobs…).</summary>
    public static readonly string[] OptionalFileNames =
    [
        "personas.md",
        "job-states.md",
        "opportunity-landscape.svg",
        "backlog.md",
        "hypotheses.csv",
        FollowUpCsv.FileName,
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Names the files of one report set with their SHA-256, written into the set last (see
    /// <see cref="ReportSetManifest"/>).
    /// </summary>
    public const string ManifestFileName = ReportSetManifest.FileName;

    /// <summary>
    /// Called with the name of each step of the switch ("staged", "switched"); the kill test stops the process there
    /// (see <c>CX_TEST_KILL_AT_STEP</c> in the CLI). Null in normal runs.
    /// </summary>
    public static Action<string>? OnStep
    {
        get => ReportSetFolder.Step;
        set => ReportSetFolder.Step = value;
    }

    public static IReadOnlyList<string> WriteAll(
        AnalysisResult analysis,
        string outputDirectory,
        ReportOptions options,
        CancellationToken cancellationToken = default
    )
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        ReportSetManifest.RefuseWorkingFolder(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        ReportSetFolder.Recover(target);
        var (staging, stagingLock) = ReportSetFolder.CreateStaging(target);
        try
        {
            // The files do not depend on each other (only the HTML on the Markdown): they are rendered side by side.
            Together(
                cancellationToken,
                () =>
                {
                    var markdown = MarkdownReport.Render(analysis, options);
                    File.WriteAllText(Path.Combine(staging, "report.md"), markdown, Utf8);
                    cancellationToken.ThrowIfCancellationRequested();
                    File.WriteAllText(
                        Path.Combine(staging, "report.html"),
                        HtmlReport.Render(analysis, markdown, options),
                        Utf8
                    );
                },
                () => File.WriteAllText(Path.Combine(staging, "touchpoint-map.svg"), NetworkSvg.Render(analysis), Utf8),
                () =>
                {
                    using var json = new CancellableStream(
                        File.Create(Path.Combine(staging, AlertsJson.FileName)),
                        cancellationToken
                    );
                    AlertsJson.Write(json, analysis, options.Alerts, AlertRules.Check(analysis, options.Alerts));
                },
                () =>
                {
                    using var json = new CancellableStream(
                        File.Create(Path.Combine(staging, "analysis.json")),
                        cancellationToken
                    );
                    AnalysisJson.Write(json, analysis);
                },
                () =>
                    WriteText(Path.Combine(staging, "annotations.csv"), cancellationToken, w =>
                        AnnotationsCsv.Write(w, analysis)
                    ),
                () =>
                {
                    WriteText(Path.Combine(staging, "touchpoints.csv"), cancellationToken, w =>
                        TouchpointsCsv.Write(w, analysis)
                    );
                    if (FollowUpCsv.HasAny(analysis))
                    {
                        WriteText(Path.Combine(staging, FollowUpCsv.FileName), cancellationToken, w =>
                            FollowUpCsv.Write(w, analysis)
                        );
                    }
                    if (analysis.Personas.Count > 0)
                    {
                        File.WriteAllText(
                            Path.Combine(staging, "personas.md"),
                            PersonaCardsMarkdown.Render(analysis.Personas, analysis),
                            Utf8
                        );
                    }
                    if (analysis.JobStates.Count > 0)
                    {
                        File.WriteAllText(
                            Path.Combine(staging, "job-states.md"),
                            JobStatesSection.Render(analysis.JobStates, analysis),
                            Utf8
                        );
                    }
                    if (analysis.Jobs is { Outcomes.Count: > 0 } jobs)
                    {
                        File.WriteAllText(
                            Path.Combine(staging, "opportunity-landscape.svg"),
                            OpportunityLandscapeSvg.Render(jobs),
                            Utf8
                        );
                    }
                    if (analysis.Hypotheses is { } backlog)
                    {
                        File.WriteAllText(
                            Path.Combine(staging, "backlog.md"),
                            HypothesesMarkdown.Render(backlog, analysis),
                            Utf8
                        );
                        WriteText(Path.Combine(staging, "hypotheses.csv"), cancellationToken, w =>
                            HypothesesCsv.Write(w, backlog, analysis)
                        );
                    }
                }
            );
            cancellationToken.ThrowIfCancellationRequested();

            var names = FileNames.Concat(OptionalFileNames.Where(n => File.Exists(Path.Combine(staging, n)))).ToList();
            ReportSetManifest.Write(staging, names);
            ReportSetFolder.CarryOtherFiles(target, staging, ReportSetManifest.AllNames);
            cancellationToken.ThrowIfCancellationRequested();
            ReportSetFolder.Step?.Invoke("staged");
            // One step: before it the folder holds the whole previous set, after it the whole new one.
            ReportSetFolder.Switch(staging, target);
            ReportSetFolder.Step?.Invoke("switched");
            return [.. names.Select(n => Path.Combine(outputDirectory, n))];
        }
        finally
        {
            // After the switch the staging path holds the previous set; before it, the unfinished new one.
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            stagingLock.Dispose();
        }
    }

    // Runs the writers in parallel and rethrows the first failure as itself (not wrapped), as the sequential code did.
    private static void Together(CancellationToken cancellationToken, params Action[] writers)
    {
        try
        {
            Parallel.Invoke(new ParallelOptions { CancellationToken = cancellationToken }, writers);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    private static void WriteText(string path, CancellationToken cancellationToken, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(
            new CancellableStream(File.Create(path), cancellationToken),
            Utf8,
            bufferSize: 1 << 16
        );
        write(writer);
    }
}
