using CxAssistant.Analysis.Jobs.Mining;

// Every goal/struggle clause of a data set, the job phrase made of it or the reason it was rejected; circumstances.
static class CandsLab
{
    public static void Run(string[] paths)
    {
        var language = JobLanguage.Default;
        foreach (var path in paths)
        {
            var records = Lab.Load(path);
            var made = 0;
            var rej = 0;
            var customers = new HashSet<string>();
            var circ = new Dictionary<string, int>();
            for (var i = 0; i < records.Count; i++)
            {
                foreach (var c in JobClauseFinder.Find(records[i], i, language))
                {
                    if (c.Kind is JobClauseKind.Circumstance or JobClauseKind.Performer)
                    {
                        var k = c.Kind + ": " + c.Phrase.ToLowerInvariant();
                        circ[k] = circ.GetValueOrDefault(k) + 1;
                        continue;
                    }
                    if (c.Kind is not (JobClauseKind.Goal or JobClauseKind.Struggle))
                    {
                        continue;
                    }
                    foreach (var part in JobPhraseMaker.Parts(c.Phrase, language))
                    {
                        var p = JobPhraseMaker.Make(part, language, out var reason);
                        if (p is null)
                        {
                            rej++;
                            Console.WriteLine($"REJ {c.Kind} '{c.Phrase}': {reason}");
                        }
                        else
                        {
                            made++;
                            customers.Add(records[i].CustomerKey);
                            Console.WriteLine($"OK  {c.Kind} {p.Verb} | {p.Object} | {p.Clarifier}    <= '{part}'");
                        }
                    }
                }
            }
            foreach (var (k, n) in circ.OrderByDescending(x => x.Value).Take(60))
            {
                Console.WriteLine($"CIRC {n} {k}");
            }
            Console.WriteLine(
                $"== {path}: made {made} ({customers.Count} customers), rejected {rej}, records {records.Count}"
            );
        }
    }
}
