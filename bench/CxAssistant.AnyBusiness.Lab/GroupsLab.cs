using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Analysis.Semantics;

// Groups every data set's job phrases (verb + object) by meaning at THR and prints the groups with 2+ customers.
static class GroupsLab
{
    public static async Task Run(string[] paths)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var encoder = new LabEncoder(g);
        var thr = double.Parse(Environment.GetEnvironmentVariable("THR") ?? "0.66");
        var language = JobLanguage.Default;
        foreach (var path in paths)
        {
            var records = Lab.Load(path);
            var items = new List<(string Key, string Customer, JobPhrase P)>();
            for (var i = 0; i < records.Count; i++)
            {
                foreach (
                    var c in JobClauseFinder
                        .Find(records[i], i, language)
                        .Where(c => c.Kind is JobClauseKind.Goal or JobClauseKind.Struggle)
                )
                {
                    if (JobPhraseMaker.Make(c.Phrase, language, out _) is { } p)
                    {
                        items.Add((JobWords.Clause(p), records[i].CustomerKey, p));
                    }
                }
            }
            var keys = items
                .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
                .Select(x => (x.Key, N: x.Select(y => y.Customer).Distinct().Count()))
                .ToList();
            var vectors = encoder.Encode([.. keys.Select(k => k.Key)]);
            var ids = MeaningClusters.Group(vectors, thr, [.. keys.Select(k => (double)k.N)]);
            Console.WriteLine($"== {Path.GetFileName(path)}: {items.Count} phrases, {keys.Count} distinct");
            foreach (
                var grp in Enumerable
                    .Range(0, keys.Count)
                    .GroupBy(i => ids[i])
                    .OrderByDescending(x => x.Sum(i => keys[i].N))
            )
            {
                var n = grp.Sum(i => keys[i].N);
                if (n < 2)
                {
                    continue;
                }
                Console.WriteLine(
                    $"  [{n}] "
                        + string.Join(
                            " | ",
                            grp.Select(i => keys[i].N > 1 ? $"{keys[i].Key} ×{keys[i].N}" : keys[i].Key)
                        )
                );
            }
        }
    }
}
