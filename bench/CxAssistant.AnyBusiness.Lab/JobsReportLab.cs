using System.Text.Json;
using CxAssistant.Core.Jobs;

// Main jobs of `cx analyze` outputs (analysis.json): how many, how many pass the job-statement linter, how many have two
// quotes or more, and how many take their clarifier from the kind's default rather than the customers' words.
static class JobsReportLab
{
    public static void Run(string[] dirs)
    {
        var defaults = JobsLabDefaults();
        foreach (var dir in dirs)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "analysis.json")));
            var statements = doc.RootElement.GetProperty("jobs").GetProperty("tree").GetProperty("statements");
            var mains = statements
                .EnumerateArray()
                .Where(s => s.GetProperty("altitude").GetString() == "main")
                .ToList();
            var lint = 0;
            var quoted = 0;
            var preset = 0;
            foreach (var s in mains)
            {
                var job = new JobStatement
                {
                    Id = s.GetProperty("id").GetString()!,
                    Verb = s.GetProperty("verb").GetString()!,
                    Object = s.GetProperty("object").GetString()!,
                    Clarifier = s.GetProperty("clarifier").GetString()!,
                    Altitude = JobAltitude.Main,
                };
                lint += JobStatementLinter.Passes(job) ? 1 : 0;
                quoted += s.GetProperty("evidence").GetArrayLength() >= 2 ? 1 : 0;
                preset += defaults.Contains(job.Clarifier) ? 1 : 0;
            }
            Console.WriteLine(
                $"{Path.GetFileName(dir.TrimEnd('/')), -24} main {mains.Count, 2}  lint-clean {lint, 2}  "
                    + $"2+ quotes {quoted, 2}  kind-default clarifier {preset, 2}"
            );
            foreach (var s in mains)
            {
                Console.WriteLine(
                    $"    {s.GetProperty("text").GetString()} · {s.GetProperty("customers").GetInt32()} "
                        + $"· {s.GetProperty("evidence").GetArrayLength()} quotes"
                );
            }
        }
    }

    // Every kind's context (the clarifier used when customers give none).
    static HashSet<string> JobsLabDefaults() =>
        [.. CxAssistant.Analysis.Touchpoints.BusinessKinds.All.Select(k => k.Context)];
}
