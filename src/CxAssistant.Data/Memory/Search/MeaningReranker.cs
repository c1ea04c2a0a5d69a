using System.Numerics.Tensors;
using CxAssistant.Analysis.Meaning;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Re-orders the first candidates of a hybrid search by the full language model. The query and each candidate are
/// read by the transformer (all-MiniLM-L6-v2 itself, not its static table) and by the index's own encoder, and a
/// candidate's score fuses four signals:
/// <list type="bullet">
/// <item>its keyword rank (BM25; reciprocal rank, weight 2): exact wording such as an order code stays first;</item>
/// <item>its static-vector rank among the candidates (reciprocal rank, weight 0.5);</item>
/// <item>the full model's cosine to the query (× 0.02, about four ranks of the keyword side per 0.1 of cosine);</item>
/// <item>the full model's agreement with the other candidates: its mean cosine to the ten candidates closest to the
/// query (× 0.02). A request that means what the query means usually has company among the candidates; a
/// near-miss that shares words with the query stands alone.</item>
/// </list>
/// Weights and depth were chosen by 2-fold cross-validation over intents on CLINC150 (evals/public/lab/rerank1.py,
/// docs/local-model.md). Where the store fuses inside (Qdrant) the per-side ranks are unknown, and the hybrid order
/// stands in for the keyword side. Cost: one transformer call of about 31 short texts per query (texts already read by
/// an analysis come from the vector cache) and a static call of the same texts (microseconds).
/// </summary>
public sealed class MeaningReranker(
    IEmbeddingGenerator<string, Embedding<float>> full,
    IEmbeddingGenerator<string, Embedding<float>> fast
)
{
    /// <summary>How many of the fused candidates are re-read by the full model.</summary>
    public const int Depth = 30;

    /// <summary>How many candidates closest to the query a candidate's agreement is measured against.</summary>
    public const int Neighbours = 10;

    private const double KeywordWeight = 2,
        FastWeight = 0.5,
        CosineWeight = 0.02,
        AgreementWeight = 0.02;

    /// <summary>
    /// The reranker for an index searched with the local encoder (the offline default); null for an index whose vectors
    /// come from another model (a hosted one), whose space and costs are not ours to judge.
    /// </summary>
    public static MeaningReranker? For(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var metadata = index.Generator.GetService<EmbeddingGeneratorMetadata>();
        return metadata?.ProviderName == "cx-local" && metadata.DefaultModelId == MeaningEncoder.ModelId
            ? new MeaningReranker(MeaningEncoder.Full, index.Generator)
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
        string[] texts = [query, .. head.Select(h => h.Text)];
        var meaning = await full.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        var words = await fast.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        var cosine = Cosines(meaning);
        var agreement = Agreement(meaning, cosine);
        var fastRank = Ranks(Cosines(words));
        var keywordRank = KeywordRanks(head);
        var score = new double[n];
        for (var i = 0; i < n; i++)
        {
            score[i] =
                KeywordWeight * Rrf(keywordRank[i])
                + FastWeight * Rrf(fastRank[i])
                + CosineWeight * cosine[i]
                + AgreementWeight * agreement[i];
        }
        var order = Enumerable.Range(0, n).OrderByDescending(i => score[i]).ThenBy(i => i);
        return [.. order.Select(i => head[i] with { Score = score[i] }), .. hits.Skip(n)];
    }

    // Cosine of each candidate (vectors 1..n) to the query (vector 0); the vectors are normalised.
    private static double[] Cosines(GeneratedEmbeddings<Embedding<float>> vectors) =>
        [.. vectors.Skip(1).Select(v => (double)TensorPrimitives.Dot(vectors[0].Vector.Span, v.Vector.Span))];

    // Mean cosine of each candidate to the candidates closest to the query (itself included, as in the lab).
    private static double[] Agreement(GeneratedEmbeddings<Embedding<float>> vectors, double[] cosine)
    {
        var closest = Enumerable.Range(0, cosine.Length).OrderByDescending(i => cosine[i]).Take(Neighbours).ToArray();
        return
        [
            .. Enumerable
                .Range(0, cosine.Length)
                .Select(i =>
                    closest.Average(j => TensorPrimitives.Dot(vectors[i + 1].Vector.Span, vectors[j + 1].Vector.Span))
                ),
        ];
    }

    // The keyword side's ranks among the candidates; a candidate the keyword side did not return comes after all that
    // it did. With no per-side ranks at all (a store that fuses inside), the hybrid order stands in.
    private static int[] KeywordRanks(List<SearchHit> head)
    {
        if (head.All(h => h.KeywordRank is null && h.VectorRank is null))
        {
            return [.. Enumerable.Range(0, head.Count)];
        }
        return Ranks([.. head.Select(h => -(double)(h.KeywordRank ?? int.MaxValue))]);
    }

    private static double Rrf(int rank) => 1.0 / (ReciprocalRankFusion.DefaultK + rank + 1);

    // 0-based rank of each value, highest first; equal values share their best rank (two candidates that neither
    // side returned are not told apart by that side).
    private static int[] Ranks(double[] values) => [.. values.Select(v => values.Count(other => other > v))];
}
