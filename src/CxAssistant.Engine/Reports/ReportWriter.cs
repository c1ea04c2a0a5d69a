using System.Runtime.ExceptionServices;
using System.Text;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Engine.Reports;

/// <summary>
/// Writes every output of an analysis into the output folder. Files are first written to a staging folder
/// beside them and moved into place only when all of them are complete, so a crash or Ctrl-C never leaves
/// a half-written report next to a fresh one.
/// </summary>
public static class ReportWriter
{
    /// <summary>Files every analysis writes.</summary>
    public static readonly string[] FileNames =
        ["report.md", "report.html", "analysis.json", "annotations.csv", "touchpoints.csv", "touchpoint-map.svg"];

    /// <summary>Files written when the analysis has the artifact behind them (hypotheses, personas, jobs…).</summary>
    public static readonly string[] OptionalFileNames = ["personas.md", "opportunity-landscape.svg", "backlog.md", "hypotheses.csv"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<string> WriteAll(AnalysisResult analysis, string outputDirectory, ReportOptions options, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var staging = Path.Combine(outputDirectory, ".cx-staging-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        try
        {
            // The files do not depend on each other (only the HTML on the Markdown): they are rendered side by side.
            Together(cancellationToken,
                () =>
                {
                    var markdown = MarkdownReport.Render(analysis, options);
                    File.WriteAllText(Path.Combine(staging, "report.md"), markdown, Utf8);
                    cancellationToken.ThrowIfCancellationRequested();
                    File.WriteAllText(Path.Combine(staging, "report.html"), HtmlReport.Render(analysis, markdown, options), Utf8);
                },
                () => File.WriteAllText(Path.Combine(staging, "touchpoint-map.svg"), NetworkSvg.Render(analysis), Utf8),
                () =>
                {
                    using var json = File.Create(Path.Combine(staging, "analysis.json"));
                    AnalysisJson.Write(json, analysis);
                },
                () => WriteText(Path.Combine(staging, "annotations.csv"), w => AnnotationsCsv.Write(w, analysis)),
                () =>
                {
                    WriteText(Path.Combine(staging, "touchpoints.csv"), w => TouchpointsCsv.Write(w, analysis));
                    if (analysis.Personas.Count > 0)
                        File.WriteAllText(Path.Combine(staging, "personas.md"), PersonaCardsMarkdown.Render(analysis.Personas, analysis), Utf8);
                    if (analysis.Jobs is { Outcomes.Count: > 0 } jobs)
                        File.WriteAllText(Path.Combine(staging, "opportunity-landscape.svg"), OpportunityLandscapeSvg.Render(jobs), Utf8);
                    if (analysis.Hypotheses is { } backlog)
                    {
                        File.WriteAllText(Path.Combine(staging, "backlog.md"), HypothesesMarkdown.Render(backlog, analysis), Utf8);
                        WriteText(Path.Combine(staging, "hypotheses.csv"), w => HypothesesCsv.Write(w, backlog, analysis));
                    }
                });
            cancellationToken.ThrowIfCancellationRequested();

            var written = new List<string>(FileNames.Length + OptionalFileNames.Length);
            foreach (var name in FileNames.Concat(OptionalFileNames.Where(n => File.Exists(Path.Combine(staging, n)))))
            {
                var target = Path.Combine(outputDirectory, name);
                File.Move(Path.Combine(staging, name), target, overwrite: true);
                written.Add(target);
            }
            return written;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
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

    private static void WriteText(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        write(writer);
    }
}
