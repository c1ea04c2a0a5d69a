using YamlDotNet.RepresentationModel;

static class Kind2Lab
{
    const string File0 = "/work/wt-any-business/src/CxAssistant.Engine/Resources/Touchpoints/kinds.yaml";

    static IEnumerable<string> Split(string text)
    {
        foreach (var s in System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?;])\s+|\n+"))
        {
            var w = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 3)
            {
                continue;
            }
            for (var i = 0; i < w.Length; i += 20)
            {
                yield return string.Join(' ', w.Skip(i).Take(25));
            }
        }
    }

    public static async Task Run(string[] paths)
    {
        using var g = await Lab.Encoder(Environment.GetEnvironmentVariable("FULL") == "1");
        var ys = new YamlStream();
        ys.Load(new StringReader(File.ReadAllText(File0)));
        var kinds = ((YamlSequenceNode)((YamlMappingNode)ys.Documents[0].RootNode)["kinds"])
            .Cast<YamlMappingNode>()
            .Select(m =>
                (
                    Name: m["preset"].ToString(),
                    Examples: ((YamlSequenceNode)m["examples"]).Select(e => e.ToString()).ToList()
                )
            )
            .ToList();
        var exVec = new List<float[][]>();
        foreach (var k in kinds)
        {
            var ex = k.Examples.ToList();
            var f = $"/work/wt-any-business/src/CxAssistant.Engine/Resources/Touchpoints/preset.{k.Name}.yaml";
            if (Environment.GetEnvironmentVariable("EXTRA") == "1" && File.Exists(f))
            {
                ex.AddRange(
                    CxAssistant.Analysis.Touchpoints.CatalogLoader.Load(f).Touchpoints.Select(t => t.Description)
                );
            }
            exVec.Add(await Lab.Embed(g, ex));
        }
        var topK = int.Parse(Environment.GetEnvironmentVariable("TOPK") ?? "3");
        foreach (var path in paths)
        {
            var records = Lab.Load(path).Where(r => r.IsCustomerVoice).ToList();
            var n = Math.Min(2000, records.Count);
            var sample = Enumerable.Range(0, n).Select(i => records[(int)((long)i * records.Count / n)].Text).ToList();
            if (Environment.GetEnvironmentVariable("SENT") == "1")
            {
                sample = sample.SelectMany(Split).ToList();
            }
            var vecs = await Lab.Embed(g, sample);
            var votes = new double[kinds.Count];
            var wvotes = new double[kinds.Count];
            var mean = new double[kinds.Count];
            foreach (var v in vecs)
            {
                var score = new double[kinds.Count];
                for (var k = 0; k < kinds.Count; k++)
                {
                    score[k] = exVec[k]
                        .Select(e => (double)Lab.Cos(v, e))
                        .OrderByDescending(s => s)
                        .Take(topK)
                        .Average();
                }
                var order = Enumerable.Range(0, kinds.Count).OrderByDescending(k => score[k]).ToArray();
                votes[order[0]]++;
                wvotes[order[0]] += score[order[0]] - score[order[1]];
                for (var k = 0; k < kinds.Count; k++)
                {
                    mean[k] += score[k];
                }
            }
            Console.WriteLine($"== {Path.GetFileName(path)} (n={n}, units={vecs.Length})");
            n = vecs.Length;
            var rk = Enumerable.Range(0, kinds.Count).OrderByDescending(k => wvotes[k]).ToArray();
            Console.WriteLine($"  share {wvotes[rk[0]] / wvotes.Sum():F2} ratio {wvotes[rk[0]] / wvotes[rk[1]]:F2}");
            foreach (var k in rk.Take(3))
            {
                Console.WriteLine(
                    $"  {kinds[k].Name, -20} votes {votes[k] / n:P0}  wvotes {wvotes[k] / n:F4}  mean {mean[k] / n:F3}"
                );
            }
        }
    }
}
