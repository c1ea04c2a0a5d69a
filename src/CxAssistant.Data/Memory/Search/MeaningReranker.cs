using System.Numerics.Tensors;
using CxAssistant.Analysis.Meaning;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Re-orders the first candidates of a hybrid search by the full language model: the query and each candidate are read
/// by the transformer (all-MiniLM-L6-v2 itself, not its static table), and the candidates are re-ranked by reciprocal
/// rank fusion of two rankings, equally weighted: the hybrid search's own order (BM25 and static vectors fused, the
/// same whether the index is embedded or in Qdrant, so a moved workspace answers the same) and the full model's cosine.
/// Measured on CLINC150 (300 queries over 15,000 requests; docs/local-model.md). It costs one transformer call of about
/// 21 short texts per query (candidates already read by an analysis come from the vector cache).
/// </summary>
public sealed class MeaningReranker(IEmbeddingGenerator<string, Embedding<float>> full)
{
    /// <summary>How many of the fused candidates are re-read by the full model.</summary>
    public const int Depth = 20;

    private const double FusedWeight = 2,
        FullWeight = 2;

    /// <summary>
    /// The reranker for an index searched with the local encoder (the offline default); null for an index whose vectors
    /// come from another model (a hosted one), whose space and costs are not ours to judge.
    /// </summary>
    public static MeaningReranker? For(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var metadata = index.Generator.GetService<EmbeddingGeneratorMetadata>();
        return metadata?.ProviderName == "cx-local" && metadata.DefaultModelId == MeaningEncoder.ModelId
            ? new MeaningReranker(MeaningEncoder.Full)
            : null;
    }

    /// <summary>
    /// The hits with their first <see cref="Depth"/> re-ordered (the rest keep their place after them).
    /// </summary>
    public async Task<List<SearchHit>> RerankAsync(
        string query,
        List<SearchHit> hits,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hits);
        var n = Math.Min(Depth, hits.Count);
        if (n < 2 || string.IsNullOrWhiteSpace(query))
        {
            return hits;
        }
        var head = hits.Take(n).ToList();
        var vectors = await full.GenerateAsync(
                [query, .. head.Select(h => h.Text)],
                cancellationToken: cancellationToken
            )
            .ConfigureAwait(false);
        var q = vectors[0].Vector;
        var cosine = head.Select((_, i) => TensorPrimitives.Dot(q.Span, vectors[i + 1].Vector.Span)).ToArray();
        var meaning = Ranks([.. cosine.Select(c => (double)c)]);
        var score = head.Select((_, i) => FusedWeight * Rrf(i) + FullWeight * Rrf(meaning[i])).ToArray();
        var order = Enumerable.Range(0, n).OrderByDescending(i => score[i]).ThenBy(i => i);
        return [.. order.Select(i => head[i] with { Score = score[i] }), .. hits.Skip(n)];
    }

    private static double Rrf(int rank) => 1.0 / (ReciprocalRankFusion.DefaultK + rank + 1);

    // 0-based rank of each value, highest first; equal values share their best rank (two candidates that neither
    // side returned are not told apart by that side).
    private static int[] Ranks(double[] values) => [.. values.Select(v => values.Count(other => other > v))];
}
