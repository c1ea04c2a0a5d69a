using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CxAssistant.Cli.Tests;

/// <summary>
/// End-to-end: `cx correct` as a CX lead uses it, then `cx analyze --workspace` and `cx eval run` on the export.
/// </summary>
public sealed partial class CorrectCommandTests
{
    private const string Survey =
        "id,comment,nps\n"
        + "r1,Absolutely terrible service and the worst delivery I have ever had,0\n"
        + "r2,The courier was quick and friendly,10\n"
        + "r3,I waited on hold for an hour and nobody helped me,1\n"
        + "r4,test row please ignore,5\n";

    private static (TempFolder Temp, string Ws) Workspace()
    {
        var temp = new TempFolder("cx-correct-");
        temp.File("data/survey.csv", Survey);
        var ingest = CxProcess.Run(
            "ingest",
            temp.Combine("data"),
            "--workspace",
            temp.Combine("ws"),
            "--no-index",
            "--quiet"
        );
        Assert.True(ingest.ExitCode == 0, ingest.StdErr);
        return (temp, temp.Combine("ws"));
    }

    [Fact]
    public void CorrectFrom_FileWithBadLines_NamesEachLineAndStoresNothing()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;
        var file = temp.File(
            "fixes.csv",
            "kind,target,value\nsentiment,r2,negative\nsentiment,r9,negative\nintent,r3,rant\n"
        );

        var result = CxProcess.Run("correct", "--workspace", ws, "--from", file);
        var list = CxProcess.Run("correct", "--workspace", ws, "--list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fixes.csv, line 3: unknown record id 'r9'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("fixes.csv, line 4: unknown intent 'rant'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("0 correction(s) in force", list.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_ThenAnalyze_ReportCountsCorrectionsAndUnmatchedOnesAreListed()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;
        var outDir = temp.Combine("out");

        var sentiment = CxProcess.Run("correct", "-w", ws, "--record", "r2", "--sentiment", "negative", "--by", "Ana");
        var irrelevant = CxProcess.Run("correct", "-w", ws, "--record", "survey.csv:5", "--irrelevant", "--by", "Ana");
        // No analysis yet to check names against: kept as written, and the analysis reports it matches nothing.
        var theme = CxProcess.Run(
            "correct",
            "-w",
            ws,
            "--rename-theme",
            "Teleportation",
            "--to",
            "Beaming",
            "--by",
            "Ana"
        );
        var analyze = CxProcess.Run(
            "analyze",
            "--workspace",
            ws,
            "--out",
            outDir,
            "--preset",
            "ecommerce",
            "--no-discovery"
        );

        Assert.True(sentiment.ExitCode == 0, sentiment.StdErr);
        Assert.Contains("sentiment of record", sentiment.StdOut, StringComparison.Ordinal);
        Assert.Contains("(by Ana, ", sentiment.StdOut, StringComparison.Ordinal);
        Assert.True(irrelevant.ExitCode == 0, irrelevant.StdErr);
        Assert.True(theme.ExitCode == 0, theme.StdErr);
        Assert.Contains("no analysis found", theme.StdErr, StringComparison.Ordinal);
        Assert.True(analyze.ExitCode == 0, analyze.StdErr);
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("2 corrections applied", report, StringComparison.Ordinal);
        Assert.Contains("1 matched nothing", report, StringComparison.Ordinal);
        Assert.Contains("theme 'Teleportation' renamed to 'Beaming'", report, StringComparison.Ordinal);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")))!;
        var records = json["records"]!.AsArray();
        Assert.Equal(3, records.Count);
        var r2 = records.Single(r => r!["record"]!["recordId"]!.ToString() == "r2")!;
        Assert.Equal("corrected", r2["annotation"]!["provenance"]!.ToString());
        Assert.Equal("negative", r2["annotation"]!["sentimentLabel"]!.ToString());
        Assert.Equal("The courier was quick and friendly", r2["record"]!["text"]!.ToString());
        Assert.Equal(3, json["corrections"]!.AsArray().Count);
    }

    [Fact]
    public void CorrectSplitTheme_KeepsSortingRecordsOfLaterImportsIntoTheNewTheme()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;
        var outDir = temp.Combine("out");
        string[] analyze = ["analyze", "-w", ws, "--out", outDir, "--preset", "ecommerce", "--no-discovery"];
        Assert.Equal(0, CxProcess.Run(analyze).ExitCode);

        var split = CxProcess.Run(
            "correct",
            "-w",
            ws,
            "--split-theme",
            "delivery and tracking",
            "--to",
            "Couriers",
            "--where",
            "courier",
            "--by",
            "Ana"
        );
        var missingWords = CxProcess.Run("correct", "-w", ws, "--split-theme", "Delivery and tracking", "--to", "X");
        temp.File("data/later.csv", "id,comment,nps\nr5,The courier threw the parcel over the fence,2\n");
        var ingest = CxProcess.Run("ingest", temp.Combine("data"), "-w", ws, "--no-index", "--quiet");
        var after = CxProcess.Run(analyze);

        Assert.True(split.ExitCode == 0, split.StdErr);
        Assert.Contains("'Couriers' takes its mentions of courier", split.StdOut, StringComparison.Ordinal);
        Assert.NotEqual(0, missingWords.ExitCode);
        Assert.Contains("--split-theme needs --to", missingWords.StdErr, StringComparison.Ordinal);
        Assert.True(ingest.ExitCode == 0, ingest.StdErr);
        Assert.True(after.ExitCode == 0, after.StdErr);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")))!;
        string[] Touchpoints(string id) =>
            [
                .. json["records"]!.AsArray().Single(r => r!["record"]!["recordId"]!.ToString() == id)!["annotation"]![
                    "touchpoints"
                ]!
                    .AsArray()
                    .Select(t => t!["touchpointId"]!.ToString()),
            ];
        Assert.All(new[] { "r2", "r5" }, id =>
        {
            Assert.Contains("couriers", Touchpoints(id));
            Assert.DoesNotContain("delivery", Touchpoints(id));
        });
        Assert.Contains("delivery", Touchpoints("r1"));
        Assert.Contains(
            "1 theme split in two",
            File.ReadAllText(Path.Combine(outDir, "report.md")),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void CorrectConfirm_BeforeAndAfterAnalyze_RefusedThenKeepsTheLabelsAsRead()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;
        var outDir = temp.Combine("out");

        var early = CxProcess.Run("correct", "-w", ws, "--record", "r3", "--confirm");
        var mixed = CxProcess.Run("correct", "-w", ws, "--record", "r3", "--confirm", "--sentiment", "positive");
        string[] analyze = ["analyze", "-w", ws, "--out", outDir, "--preset", "ecommerce", "--no-discovery"];
        Assert.Equal(0, CxProcess.Run(analyze).ExitCode);
        string Label(string field) =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "analysis.json")))!["records"]!
                .AsArray()
                .Single(r => r!["record"]!["recordId"]!.ToString() == "r3")!["annotation"]![field]!.ToString();
        var read = (Label("sentimentLabel"), Label("intent"));
        var confirm = CxProcess.Run(
            "correct",
            "-w",
            ws,
            "--record",
            "r3",
            "--confirm",
            "--by",
            "Ana",
            "--analysis",
            outDir
        );
        Assert.Equal(0, CxProcess.Run(analyze).ExitCode);

        Assert.Equal(1, early.ExitCode);
        Assert.Contains("no analysis to confirm labels from", early.StdErr, StringComparison.Ordinal);
        Assert.NotEqual(0, mixed.ExitCode);
        Assert.Contains("--confirm keeps the labels as read", mixed.StdErr, StringComparison.Ordinal);
        Assert.True(confirm.ExitCode == 0, confirm.StdErr);
        Assert.Contains($"sentiment of record", confirm.StdOut, StringComparison.Ordinal);
        Assert.Contains($"→ {read.Item1} (by Ana", confirm.StdOut, StringComparison.Ordinal);
        Assert.Equal(read, (Label("sentimentLabel"), Label("intent")));
        Assert.Equal("corrected", Label("provenance"));
    }

    [Fact]
    public void Correct_AnalysisGivenButMissing_FailsNamingItAndStoresNothing()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;

        var result = CxProcess.Run(
            "correct",
            "-w",
            ws,
            "--record",
            "r1",
            "--touchpoint",
            "Delivery",
            "--analysis",
            temp.Combine("nowhere")
        );
        var list = CxProcess.Run("correct", "-w", ws, "--list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere: no analysis.json", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("0 correction(s) in force", list.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectExport_ThenEvalRun_PrintsAgreementWithTheTeamsLabels()
    {
        var (temp, ws) = Workspace();
        using var _ = temp;
        var fixes = temp.File(
            "fixes.csv",
            "kind,target,value\nsentiment,r1,negative\nintent,r1,complaint\n"
                + "sentiment,r2,positive\nsentiment,r3,negative\n"
        );
        var stored = CxProcess.Run("correct", "-w", ws, "--from", fixes, "--by", "Ana");
        var export = CxProcess.Run("correct", "-w", ws, "--export", temp.Combine("labelled.jsonl"));

        var run = CxProcess.Run(
            "eval",
            "run",
            temp.Combine("labelled.suite.yaml"),
            "--provider",
            "offline",
            "--evals-dir",
            temp.Combine("evals")
        );

        Assert.True(stored.ExitCode == 0, stored.StdErr);
        Assert.Contains("Wrote 3 labelled record(s)", export.StdOut, StringComparison.Ordinal);
        Assert.True(run.ExitCode is 0 or 2, run.StdErr + run.StdOut);
        var line = Score().Match(run.StdOut);
        Assert.True(line.Success, run.StdOut);
        // Plain sentences the annotator reads like a person: at least two of the three records agree in full.
        Assert.InRange(
            double.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            0.66,
            1.0
        );
        Assert.Contains("sentiment.macroF1=", run.StdOut, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"team-corrections \[offline\] score ([0-9.]+)")]
    private static partial Regex Score();
}
