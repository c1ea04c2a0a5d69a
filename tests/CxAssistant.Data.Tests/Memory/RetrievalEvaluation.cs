using System.Numerics.Tensors;
using CxAssistant.Data.Memory.Embeddings;

namespace CxAssistant.Data.Tests.Memory;

/// <summary>
/// Scores the dev set: chunks are ranked by cosine to the query within the query's sample, collapsed to
/// records (first chunk wins), then recall@10 (capped: hits / min(10, relevant)) and reciprocal rank per query.
/// </summary>
internal static class RetrievalEvaluation
{
    public sealed record Score(
        double RecallAt10,
        double Mrr,
        IReadOnlyList<(string Query, int Relevant, double Recall, double ReciprocalRank)> PerQuery
    );

    private static readonly Lazy<float[][]> ChunkVectors = new(() =>
    {
        var generator = new OfflineEmbeddingGenerator();
        return [.. SampleCorpus.All.Select(c => generator.Embed(c.Chunk.EmbeddingText))];
    });

    public static Score Offline()
    {
        var generator = new OfflineEmbeddingGenerator();
        return Evaluate(q =>
        {
            var query = generator.Embed(q.Text);
            return Enumerable
                .Range(0, SampleCorpus.All.Count)
                .Where(i => SampleCorpus.All[i].Label.StartsWith(q.Sample + "/", StringComparison.Ordinal))
                .OrderByDescending(i => TensorPrimitives.Dot(query, ChunkVectors.Value[i]))
                .ThenBy(i => i)
                .Select(i => SampleCorpus.All[i].Label);
        });
    }

    /// <summary>Expected scores of a random ranking, averaged over seeded shuffles.</summary>
    public static Score Random(int shuffles = 50)
    {
        var scores = Enumerable
            .Range(0, shuffles)
            .Select(seed =>
            {
                var random = new Random(seed);
                return Evaluate(q =>
                    SampleCorpus
                        .All.Where(c => c.Label.StartsWith(q.Sample + "/", StringComparison.Ordinal))
                        .Select(c => c.Label)
                        .Distinct()
                        .OrderBy(_ => random.Next())
                );
            })
            .ToList();
        return new Score(scores.Average(s => s.RecallAt10), scores.Average(s => s.Mrr), []);
    }

    private static Score Evaluate(Func<RetrievalDevSet.Query, IEnumerable<string>> rank)
    {
        var perQuery = new List<(string, int, double, double)>();
        foreach (var q in RetrievalDevSet.Queries)
        {
            var relevant = SampleCorpus
                .All.Where(c =>
                    c.Label.StartsWith(q.Sample + "/", StringComparison.Ordinal) && q.Relevant.IsMatch(c.Record.Text)
                )
                .Select(c => c.Label)
                .ToHashSet(StringComparer.Ordinal);
            var ranked = rank(q).Distinct().ToList();
            var hits = ranked.Take(10).Count(relevant.Contains);
            var first = ranked.FindIndex(relevant.Contains);
            perQuery.Add(
                (
                    q.Text,
                    relevant.Count,
                    relevant.Count == 0 ? 0 : (double)hits / Math.Min(10, relevant.Count),
                    first < 0 ? 0 : 1.0 / (first + 1)
                )
            );
        }
        return new Score(perQuery.Average(p => p.Item3), perQuery.Average(p => p.Item4), perQuery);
    }
}
