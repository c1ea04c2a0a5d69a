using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Data.Memory.Search;
using CxAssistant.DevTools.Samples;
using CxAssistant.Ingestion;
using CxAssistant.Qdrant;
using CxAssistant.Qdrant.Testing;

// Same records, same tagger, same questions: the embedded index (FTS5 + embedded vectors, fused in process) and the
// Qdrant path (gRPC to the in-process contract server: sparse + dense, fused by RRF in the server). Wall-clock on
// whatever else the machine is doing; the server is an exact brute-force stand-in, not Qdrant's HNSW engine.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var root = Directory.CreateTempSubdirectory("cx-bench-qdrant-");
try
{
    var csv = Path.Combine(root.FullName, "feedback.csv");
    using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16))
    {
        SyntheticDataGenerator.WriteCsv(writer, count, seed: 42);
    }
    var records = new EvidenceLoader().Load([csv], new IngestOptions()).Records;
    var tagger = new EvidenceTagger(Presets.Get(PresetSelector.Choose(records.Select(r => r.Text)).Name));
    string[] questions =
    [
        "my refund never arrived",
        "delivery was late",
        "rude agent on the phone",
        "checkout payment failed",
        "great price quick service",
        "could not log in to the app",
        "parcel damaged",
        "support never answered",
    ];
    var filters = new[]
    {
        SearchFilters.None,
        new SearchFilters(Sentiment: "negative"),
        new SearchFilters(Channel: "chat"),
    };

    await using var server = await QdrantContractServer.StartAsync();
    using var store = new QdrantEvidenceStore(
        new QdrantOptions { Url = server.Url.ToString(), CollectionName = "bench" }
    );
    Console.WriteLine(
        "| store | records | chunks | index (s) | records/s | search p50 (ms) | search p95 (ms) | searches/s |"
    );
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    await RunAsync("embedded", new SearchIndexOptions { Tagger = tagger });
    await RunAsync(
        "Qdrant path (gRPC, in-process server)",
        new SearchIndexOptions
        {
            Tagger = tagger,
            Store = store,
            StoreCollectionName = "bench",
        }
    );
    Console.WriteLine(
        $"machine: {Environment.ProcessorCount} cores, .NET "
            + $"{Environment.Version}; {queries} searches (top 10) per store, "
            + $"{questions.Length} questions × {filters.Length} filter sets"
    );

    async Task RunAsync(string name, SearchIndexOptions options)
    {
        using var index = SearchIndex.Open(Path.Combine(root.FullName, Guid.NewGuid().ToString("N")), options);
        var clock = Stopwatch.StartNew();
        await index.RefreshAsync(records);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var searcher = new HybridSearcher(index);
        for (var i = 0; i < 10; i++)
        {
            await searcher.SearchAsync(questions[i % questions.Length], filters[i % filters.Length], 10); // warm-up
        }
        var times = new double[queries];
        clock.Restart();
        for (var i = 0; i < queries; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await searcher.SearchAsync(
                questions[i % questions.Length],
                filters[i / questions.Length % filters.Length],
                10
            );
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var searchSeconds = clock.Elapsed.TotalSeconds;
        Array.Sort(times);
        var chunks = await index.CountAsync();
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {records.Count:N0} | {chunks:N0} | {indexSeconds:F1} | "
                    + $"{records.Count / indexSeconds:N0} | "
                    + $"{times[queries / 2]:F1} | {times[(int)(queries * 0.95)]:F1} | {queries / searchSeconds:F1} |"
            )
        );
    }
}
finally
{
    root.Delete(recursive: true);
}
