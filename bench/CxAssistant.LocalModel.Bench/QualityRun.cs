using System.Diagnostics;

namespace CxAssistant.LocalModel.Bench;

/// <summary>
/// Retrieval (CLINC150: first hit has the query's intent, precision of the top 10, nearest neighbours over every train
/// request) and classification (TweetEval sentiment and Yelp stars: nearest centroid and logistic regression trained on
/// the even rows, scored on the odd rows) for each encoder, with its embedding rate and memory.
/// </summary>
internal static class QualityRun
{
    public static async Task RunAsync(string[] variants)
    {
        var clinc = Corpora.Rows("clinc150").Where(r => Corpora.Field(r, "split") == "train").ToArray();
        var queries = Corpora.Rows("clinc150-search-queries");
        var tweets = Corpora.Rows("tweeteval-sentiment");
        var reviews = Corpora.Rows("yelp-reviews");
        Console.WriteLine(
            "| encoder | first-hit intent | precision@10 | social sentiment macro-F1 (centroid / logistic) | "
                + "long-review macro-F1 (centroid / logistic) | texts/s (CLINC, batch) | memory after load |"
        );
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var statics = variants.Length > 0 ? variants : ["zipf-c", "none-c", "zipf", "none"];
        var encoders = new List<Func<Task<Encoder>>> { () => Task.FromResult(Encoders.Hashed()) };
        encoders.AddRange(statics.Select(v => (Func<Task<Encoder>>)(() => Encoders.StaticAsync(Parse(v)))));
        encoders.Add(() => Encoders.FullAsync());
        var spaces = new List<(float[][] Corpus, float[][] Queries)>();
        foreach (var make in encoders)
        {
            var before = Memory();
            var encoder = await make();
            var loaded = Memory() - before;
            var watch = Stopwatch.StartNew();
            var corpus = encoder.Embed([.. clinc.Select(Corpora.Text)]);
            var rate = clinc.Length / watch.Elapsed.TotalSeconds;
            var queryVectors = encoder.Embed([.. queries.Select(Corpora.Text)]);
            spaces.Add((corpus, queryVectors));
            var (first, p10) = Retrieval(corpus, queryVectors, clinc, queries, candidates: null);
            var social = Classify(encoder, tweets);
            var longReviews = Classify(encoder, reviews);
            Console.WriteLine(
                $"| {encoder.Name} | {first:0.000} | {p10:0.000} | {social} | {longReviews} | "
                    + $"{rate:0} | {loaded / 1048576.0:0} MiB |"
            );
            encoder.Owner?.Dispose();
        }
        // Re-ranking: the first static table's top 50 candidates, re-ordered by the transformer's cosines.
        var (reFirst, reP10) = Retrieval(spaces[^1].Corpus, spaces[^1].Queries, clinc, queries, candidates: spaces[1]);
        Console.WriteLine(
            $"| static ({statics[0]}) top 50, re-ranked by full | {reFirst:0.000} | {reP10:0.000} | | | | |"
        );
    }

    /// <summary>
    /// Classification only, hashed and static: quick to re-run while choosing the classifier's settings.
    /// </summary>
    public static async Task ClassifyOnlyAsync(string[] settings)
    {
        if (settings.Length == 2)
        {
            Metrics.Epochs = int.Parse(settings[0], System.Globalization.CultureInfo.InvariantCulture);
            Metrics.Rate = float.Parse(settings[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var encoder in new[] { Encoders.Hashed(), await Encoders.StaticAsync(new StaticTableOptions()) })
        {
            Console.WriteLine(
                $"{encoder.Name}: social {Classify(encoder, Corpora.Rows("tweeteval-sentiment"))}, "
                    + $"long reviews {Classify(encoder, Corpora.Rows("yelp-reviews"))}"
            );
        }
    }

    private static (double First, double P10) Retrieval(
        float[][] corpus,
        float[][] vectors,
        System.Text.Json.JsonElement[] docs,
        IReadOnlyList<System.Text.Json.JsonElement> queries,
        (float[][] Corpus, float[][] Queries)? candidates
    )
    {
        double first = 0,
            p10 = 0;
        for (var q = 0; q < queries.Count; q++)
        {
            var intent = Corpora.Field(queries[q], "intent_id");
            var top = candidates is { } c
                ?
                [
                    .. Metrics
                        .Top(c.Queries[q], c.Corpus, 50)
                        .OrderByDescending(i => System.Numerics.Tensors.TensorPrimitives.Dot(vectors[q], corpus[i]))
                        .Take(10),
                ]
                : Metrics.Top(vectors[q], corpus, 10);
            first += Corpora.Field(docs[top[0]], "intent_id") == intent ? 1 : 0;
            p10 += top.Count(i => Corpora.Field(docs[i], "intent_id") == intent) / 10.0;
        }
        return (first / queries.Count, p10 / queries.Count);
    }

    private static string Classify(Encoder encoder, IReadOnlyList<System.Text.Json.JsonElement> rows)
    {
        var x = encoder.Embed([.. rows.Select(Corpora.Text)]);
        var y = rows.Select(r => Corpora.Field(r, "sentiment")).ToArray();
        var train = Enumerable.Range(0, rows.Count).Where(i => i % 2 == 0).ToArray();
        var test = Enumerable.Range(0, rows.Count).Where(i => i % 2 == 1).ToArray();
        var gold = test.Select(i => y[i]).ToArray();
        var centroid = Metrics.NearestCentroid([.. train.Select(i => x[i])], [.. train.Select(i => y[i])]);
        var logistic = Metrics.Logistic([.. train.Select(i => x[i])], [.. train.Select(i => y[i])]);
        var c = Metrics.MacroF1(gold, [.. test.Select(i => centroid(x[i]))]);
        var l = Metrics.MacroF1(gold, [.. test.Select(i => logistic(x[i]))]);
        return $"{c:0.000} / {l:0.000}";
    }

    private static StaticTableOptions Parse(string variant) =>
        new()
        {
            Weighting = variant.StartsWith("zipf", StringComparison.Ordinal)
                ? StaticWeighting.Zipf
                : StaticWeighting.None,
            Center = variant.EndsWith("-c", StringComparison.Ordinal),
        };

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Process.GetCurrentProcess().WorkingSet64;
    }
}
