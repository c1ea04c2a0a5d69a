using System.Text.Json.Nodes;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Embeddings;
using CxAssistant.LocalModel;

// export <jsonl> <outprefix> <modes: hashed,static,full> [catalog.yaml] | rules … | embed … | proto <catalog>
// <outprefix>
// | search <workspace> <queries.jsonl> <clinc150.jsonl> [rerank]: cx search's own hybrid search, in process (one load,
//   not 300); with "rerank", the full model re-orders the top candidates as `cx search` does; p50/p90 per query
// searchdump <workspace> <queries.jsonl> <out.jsonl> [top]: the hybrid search's fused candidates per query, with
// each side's rank, for sweeping re-rank fusions offline (evals/public/lab/rerank1.py)
if (args[0] == "searchdump")
{
    using var index = CxAssistant.Data.Memory.Search.SearchIndex.Open(args[1]);
    var searcher = new CxAssistant.Data.Memory.Search.HybridSearcher(index);
    var top = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 40;
    using var w = new StreamWriter(args[3]);
    foreach (var q in File.ReadLines(args[2]).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!))
    {
        var hits = (await searcher.SearchAsync(q["text"]!.GetValue<string>(), null, top)).Hits;
        w.WriteLine(
            new JsonObject
            {
                ["id"] = q["id"]!.GetValue<string>(),
                ["hits"] = new JsonArray([
                    .. hits.Select(h =>
                        (JsonNode)
                            new JsonObject
                            {
                                ["r"] = h.RecordId,
                                ["k"] = h.KeywordRank,
                                ["v"] = h.VectorRank,
                            }
                    ),
                ]),
            }.ToJsonString()
        );
    }
    return 0;
}
if (args[0] == "search")
{
    var intent = File.ReadLines(args[3])
        .Select(l => JsonNode.Parse(l)!)
        .ToDictionary(n => n["id"]!.GetValue<string>(), n => n["intent_id"]!.GetValue<string>());
    using var index = CxAssistant.Data.Memory.Search.SearchIndex.Open(args[1]);
    var rerank = args.Length > 4 && args[4] == "rerank";
    var searcher = new CxAssistant.Data.Memory.Search.HybridSearcher(
        index,
        rerank ? CxAssistant.Data.Memory.Search.MeaningReranker.For(index) : null
    );
    double first = 0,
        p10 = 0,
        n = 0;
    var times = new List<double>();
    foreach (var q in File.ReadLines(args[2]).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!))
    {
        var want = q["intent_id"]!.GetValue<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var hits = (await searcher.SearchAsync(q["text"]!.GetValue<string>(), null, 10))
            .Hits.Select(h => intent.GetValueOrDefault(h.RecordId))
            .ToList();
        times.Add(clock.Elapsed.TotalMilliseconds);
        first += hits.Count > 0 && hits[0] == want ? 1 : 0;
        p10 += hits.Count(h => h == want) / 10.0;
        n++;
    }
    times.Sort();
    Console.WriteLine(
        $"{index.ModelId}{(rerank ? " + full-model rerank" : "")}: {n} queries, first hit has the "
            + $"query's intent {first / n:F3}, precision@10 {p10 / n:F3}; per query "
            + $"p50 {times[times.Count / 2]:F0} ms, "
            + $"p90 {times[times.Count * 9 / 10]:F0} ms (the first query loads the model)"
    );
    return 0;
}
if (args[0] == "proto")
{
    // One line per prototype text of each touchpoint (kind: name, desc, type, term).
    var catalog = CatalogLoader.Load(args[1]);
    var links = TouchpointLinker.LinkCatalog(catalog);
    using var w = new StreamWriter(args[2] + ".jsonl");
    for (var i = 0; i < catalog.Touchpoints.Count; i++)
    {
        var t = catalog.Touchpoints[i];
        void Line(string kind, string text, double weight) =>
            w.WriteLine(
                new JsonObject
                {
                    ["tp"] = t.Id,
                    ["kind"] = kind,
                    ["text"] = text,
                    ["w"] = weight,
                }.ToJsonString()
            );
        Line("name", t.Name, 1);
        Line("desc", $"{t.Name}: {t.Description}", 1);
        foreach (var link in links[i])
        {
            var type = TouchpointKnowledge.Default.Find(link.TypeId)!;
            Line("type", $"{type.Name}: {type.Description}", link.Score);
            foreach (var term in type.Terms.Where(x => x.Weight >= 3))
            {
                Line("term:" + type.Id, term.Text, link.Score);
            }
            foreach (var example in CxAssistant.Analysis.Meaning.TouchpointExamples.For(type.Id))
            {
                Line("ex:" + type.Id, example, link.Score);
            }
        }
    }
    return 0;
}

var input = args[1];
var prefix = args[2];
var modes = args[3].Split(',');
var catalogPath = args.Length > 4 ? args[4] : null;
var rows = File.ReadLines(input).Where(l => l.Trim().Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
var texts = rows.Select(r => r["text"]!.GetValue<string>()).ToList();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(prefix))!);

if (args[0] is "export" or "rules" or "meaning")
{
    var catalog = catalogPath is null ? Presets.Get("ecommerce") : CatalogLoader.Load(catalogPath);
    // "meaning": the annotator as `cx analyze` runs it, reading each record's vector of the first mode
    // (<prefix>.<mode>.f32, exported before) with that encoder's prototypes and probes (job state, sentiment);
    // with "noprobe" in the modes, the prototypes alone (the rule outputs sentprobe.py fuses with).
    float[]? read = null;
    CxAssistant.Analysis.Meaning.FeedbackMeaning? feedback = null;
    if (args[0] == "meaning")
    {
        var bytes = File.ReadAllBytes($"{prefix}.{modes[0]}.f32");
        read = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        var g = await LocalEmbeddingGenerator.CreateAsync(
            new LocalEncoderOptions { Mode = modes[0] == "full" ? LocalEncoderMode.Full : LocalEncoderMode.Static }
        );
        feedback = new CxAssistant.Analysis.Meaning.FeedbackMeaning(
            t => [.. g.GenerateAsync(t).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())],
            modes.Contains("noprobe") ? null : g.Metadata.DefaultModelId
        );
    }
    var annotator = new OfflineAnnotator(new TouchpointMatcher(catalog), feedback);
    var sentiment = new SentimentAnalyzer();
    using var w = new StreamWriter(
        prefix
            + (
                read is null
                    ? ".rules.jsonl"
                    : $".{modes[0]}-meaning{(modes.Contains("noprobe") ? "-noprobe" : "")}.jsonl"
            )
    );
    for (var i = 0; i < rows.Count; i++)
    {
        var rec = new EvidenceRecord
        {
            Id = "r" + i,
            RecordId = "r" + i,
            Source = new SourceLocation("lab", i + 1),
            Channel = Channel.Review,
            Text = texts[i],
        };
        var a = read is null ? annotator.Annotate(rec) : annotator.Annotate(rec, read.AsSpan(i * 384, 384));
        var s = sentiment.Analyze(texts[i]);
        var o = new JsonObject
        {
            ["sent"] = a.Sentiment,
            ["label"] = a.SentimentLabel.ToString().ToLowerInvariant(),
            ["text_score"] = s.TextScore,
            ["pos"] = s.PositiveMass,
            ["neg"] = s.NegativeMass,
            ["sconf"] = s.Confidence,
            ["intent"] = a.Intent.ToString().ToLowerInvariant(),
            ["job"] = a.JobState.ToString().ToLowerInvariant(),
            ["effort"] = a.Effort,
            ["failure"] = a.Failure,
            ["conf"] = a.Confidence,
            ["tps"] = new JsonArray([
                .. a.Touchpoints.Select(t =>
                    (JsonNode)new JsonObject { ["id"] = t.TouchpointId, ["c"] = t.Confidence }
                ),
            ]),
            ["cues"] = new JsonArray([.. a.Cues.Select(c => (JsonNode)JsonValue.Create(c.Label)!)]),
            // The words each sentiment cue cites (error analysis, sent4.py).
            ["spans"] = new JsonArray([
                .. a
                    .Cues.Where(c => c.Label.StartsWith("sentiment:", StringComparison.Ordinal) && c.End - c.Start < 60)
                    .Select(c => (JsonNode)JsonValue.Create(c.Label[10..13] + ":" + texts[i][c.Start..c.End])!),
            ]),
        };
        w.WriteLine(o.ToJsonString());
    }
}
if (args[0] is "export" or "embed")
{
    foreach (var mode in modes)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        float[][] vectors;
        if (mode == "hashed")
        {
            var h = new OfflineEmbeddingGenerator();
            vectors = [.. texts.Select(h.Embed)];
        }
        else
        {
            using var g = await LocalEmbeddingGenerator.CreateAsync(
                new LocalEncoderOptions { Mode = mode == "full" ? LocalEncoderMode.Full : LocalEncoderMode.Static }
            );
            vectors = [.. (await g.GenerateAsync(texts)).Select(e => e.Vector.ToArray())];
        }
        using var f = File.Create($"{prefix}.{mode}.f32");
        foreach (var v in vectors)
        {
            f.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(v.AsSpan()));
        }
        Console.Error.WriteLine($"{input} {mode}: {texts.Count} texts in {sw.Elapsed.TotalSeconds:F1}s");
    }
}
return 0;
