using CxAssistant.Analysis.Touchpoints;

static class KindLab
{
    const string Dir = "/work/wt-any-business/src/CxAssistant.Engine/Resources/Touchpoints";

    public static async Task Run(string[] paths)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var presets = Directory
            .GetFiles(Dir, "preset.*.yaml")
            .OrderBy(f => f)
            .Select(f => (Name: Path.GetFileName(f)[7..^5], Catalog: CatalogLoader.Load(f)))
            .ToList();
        var tpTexts = new List<string>();
        var tpPreset = new List<int>();
        for (var p = 0; p < presets.Count; p++)
        {
            foreach (var t in presets[p].Catalog.Touchpoints)
            {
                tpTexts.Add($"{t.Name}: {t.Description}");
                tpPreset.Add(p);
            }
        }
        var tpVec = await Lab.Embed(g, tpTexts);
        foreach (var path in paths)
        {
            var records = Lab.Load(path).Where(r => r.IsCustomerVoice).ToList();
            var n = Math.Min(2000, records.Count);
            var sample = Enumerable.Range(0, n).Select(i => records[(int)((long)i * records.Count / n)].Text).ToList();
            var vecs = await Lab.Embed(g, sample);
            var votes = new double[presets.Count];
            var wvotes = new double[presets.Count];
            var mean = new double[presets.Count];
            var distinct = new double[presets.Count];
            var tpVotes = new int[tpTexts.Count];
            foreach (var v in vecs)
            {
                var best = new double[presets.Count];
                var bestTp = new int[presets.Count];
                Array.Fill(best, -1);
                for (var t = 0; t < tpVec.Length; t++)
                {
                    var s = Lab.Cos(v, tpVec[t]);
                    if (s > best[tpPreset[t]])
                    {
                        best[tpPreset[t]] = s;
                        bestTp[tpPreset[t]] = t;
                    }
                }
                var order = Enumerable.Range(0, presets.Count).OrderByDescending(p => best[p]).ToArray();
                votes[order[0]]++;
                wvotes[order[0]] += best[order[0]] - best[order[1]];
                tpVotes[bestTp[order[0]]]++;
                var avg = best.Average();
                for (var p = 0; p < presets.Count; p++)
                {
                    mean[p] += best[p];
                    distinct[p] += best[p] - avg;
                }
            }
            Console.WriteLine($"== {Path.GetFileName(path)} (n={n})");
            foreach (var p in Enumerable.Range(0, presets.Count).OrderByDescending(p => wvotes[p]))
            {
                Console.WriteLine(
                    $"  {presets[p].Name, -20} votes {votes[p] / n:P0}  wvotes "
                        + $"{wvotes[p] / n:F4}  mean {mean[p] / n:F3}  distinct "
                        + $"{distinct[p] / n:F4}"
                );
            }
            Console.WriteLine(
                "  top touchpoints: "
                    + string.Join(
                        "; ",
                        Enumerable
                            .Range(0, tpTexts.Count)
                            .OrderByDescending(t => tpVotes[t])
                            .Take(6)
                            .Select(t => $"{presets[tpPreset[t]].Name}/{tpTexts[t].Split(':')[0]} {tpVotes[t]}")
                    )
            );
        }
    }
}
