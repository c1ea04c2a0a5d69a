using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;
using CxAssistant.Ingestion;
using CxAssistant.LocalModel;

sealed class LabEncoder(LocalEmbeddingGenerator g) : ITextEncoder
{
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [
            .. g.GenerateAsync(texts, cancellationToken: cancellationToken)
                .GetAwaiter()
                .GetResult()
                .Select(e => e.Vector.ToArray()),
        ];
}

static class JobsLab
{
    public static AnalysisResult Analyse(string path, string? preset)
    {
        var ingest = new EvidenceLoader().Load([path], new IngestOptions());
        return new AnalysisPipeline().Analyse(
            ingest,
            new AnalyzeOptions
            {
                Paths = [path],
                Preset = preset,
                Discover = false,
            }
        );
    }

    public static async Task Run(string[] args)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var encoder = new LabEncoder(g);
        for (var a = 0; a < args.Length; a += 2)
        {
            var (path, kindName) = (args[a], args[a + 1]);
            var analysis = Analyse(path, kindName is "none" ? null : kindName);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var d = new JobMiningOptions();
            var jobs = JobMiner.Mine(
                analysis,
                encoder,
                BusinessKinds.For(kindName),
                mining: new JobMiningOptions
                {
                    MainThreshold = double.Parse(
                        Environment.GetEnvironmentVariable("MAIN") ?? d.MainThreshold.ToString()
                    ),
                    VerbWeight = double.Parse(Environment.GetEnvironmentVariable("VERBW") ?? d.VerbWeight.ToString()),
                    FunctionalThreshold = double.Parse(
                        Environment.GetEnvironmentVariable("FUNC") ?? d.FunctionalThreshold.ToString()
                    ),
                    MaxMainJobs = int.Parse(Environment.GetEnvironmentVariable("MAXJ") ?? "8"),
                    MinSupport = Environment.GetEnvironmentVariable("MINS") is { } ms ? int.Parse(ms) : null,
                }
            );
            Console.WriteLine(
                $"== {Path.GetFileName(path)} ({kindName}) {sw.ElapsedMilliseconds} ms; "
                    + $"candidates {jobs.CandidatesFound}, rejected {jobs.RejectedCandidates}"
            );
            foreach (var s in jobs.Statements)
            {
                var indent = s.Altitude switch
                {
                    JobAltitude.Aspirational => "",
                    JobAltitude.Main => "  ",
                    _ => "    ",
                };
                var lint = JobStatementLinter.Passes(s) ? "" : " [LINT]";
                Console.WriteLine(
                    $"{indent}{s.Altitude.ToString()[0]} {s.Text} · "
                        + $"{s.Customers}{lint}{(s.Step is { } st ? " (" + st + ")" : "")}"
                );
                if (s.Altitude == JobAltitude.Main)
                {
                    foreach (var q in s.Evidence.Take(3))
                    {
                        Console.WriteLine($"{indent}   “{Trim(q.Text)}”");
                    }
                    if (s.Circumstances.Count > 0)
                    {
                        Console.WriteLine($"{indent}   circ: {string.Join("; ", s.Circumstances)}");
                    }
                    Console.WriteLine($"{indent}   performer: {s.Performer}");
                    if (s.Barriers.Count > 0)
                    {
                        Console.WriteLine(
                            $"{indent}   barriers: "
                                + $"{string.Join("; ", s.Barriers.Select(b => $"{b.Summary} ({b.Customers})"))}"
                        );
                    }
                    if (s.CompensatingBehaviours.Count > 0)
                    {
                        Console.WriteLine(
                            $"{indent}   workarounds: {string.Join("; ", s.CompensatingBehaviours.Select(Describe))}"
                        );
                    }
                }
            }
            foreach (var o in jobs.Outcomes.Take(6))
            {
                Console.WriteLine($"  outcome: {o.Statement} [{o.Source}] opp {o.Opportunity:F1}");
            }
            foreach (var n in jobs.Notes)
            {
                Console.WriteLine($"  note: {n}");
            }
            if (Environment.GetEnvironmentVariable("REJ") == "1")
            {
                foreach (var r in jobs.RejectedExamples)
                {
                    Console.WriteLine($"  rej: {r}");
                }
            }
        }
    }

    static string Describe(JobObservation b) => $"{b.Summary} ({b.Customers})";

    static string Trim(string s) => s.Length > 140 ? s[..140] + "…" : s;
}
