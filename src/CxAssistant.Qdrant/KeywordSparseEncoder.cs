using System.IO.Hashing;
using System.Text;
using CxAssistant.Engine.Memory.Search;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

/// <summary>
/// BM25 as Qdrant sparse vectors, built from the embedded keyword index's own terms (<see cref="KeywordTokenizer"/>), so
/// the keyword side ranks like SQLite FTS5's <c>bm25()</c>. A document stores, per term, FTS5's term-frequency part
/// <c>tf·(k1+1) / (tf + k1·(1 − b + b·|D|/avgdl))</c>; the query stores how many of its words reduce to the term; Qdrant's
/// <c>idf</c> modifier multiplies each query weight by <c>ln(1 + (N − df + 0.5)/(df + 0.5))</c> from collection statistics
/// (Qdrant docs, "Sparse vectors: IDF modifier"; lib/segment/src/data_types/query_context.rs). The sum over shared terms
/// is BM25 with Qdrant's IDF, which differs from FTS5's <c>ln((N − df + 0.5)/(df + 0.5))</c> only in the added 1:
/// single-term rankings are identical, multi-term ones weigh rare terms a little less steeply.
/// </summary>
internal sealed class KeywordSparseEncoder(KeywordTokenizer tokenizer)
{
    /// <summary>FTS5's bm25() defaults.</summary>
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Sparse vectors of <paramref name="texts"/>, given the collection's average length in tokens.</summary>
    public IReadOnlyList<SparseVector> Documents(IReadOnlyList<string> texts, double averageLength, CancellationToken cancellationToken)
    {
        var terms = tokenizer.Tokenize(texts, cancellationToken);
        var vectors = new SparseVector[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var norm = K1 * (1 - B + B * terms[i].Length / Math.Max(averageLength, 1e-9));
            vectors[i] = Build(terms[i].Counts.Select(t => (t.Key, t.Value * (K1 + 1) / (t.Value + norm))));
        }
        return vectors;
    }

    /// <summary>Token counts of <paramref name="texts"/> (to learn the average length from the first batch).</summary>
    public IReadOnlyList<int> Lengths(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        [.. tokenizer.Tokenize(texts, cancellationToken).Select(t => t.Length)];

    /// <summary>The query vector of <paramref name="keywords"/>; empty when none of them has a term.</summary>
    public SparseVector Query(IEnumerable<string> keywords, CancellationToken cancellationToken) =>
        Build(tokenizer.QueryTerms(keywords, cancellationToken).Select(t => (t.Key, (double)t.Value)));

    /// <summary>The dimension of a term: its 32-bit xxHash (collisions among a workspace's terms are vanishingly rare).</summary>
    public static uint Dimension(string term) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(term));

    // Qdrant requires unique indices (sorting is optional, but sorted vectors are what it stores); colliding terms add up.
    private static SparseVector Build(IEnumerable<(string Term, double Weight)> weights)
    {
        var byIndex = new SortedDictionary<uint, double>();
        foreach (var (term, weight) in weights) byIndex[Dimension(term)] = byIndex.GetValueOrDefault(Dimension(term)) + weight;
        var vector = new SparseVector();
        foreach (var (index, weight) in byIndex)
        {
            vector.Indices.Add(index);
            vector.Values.Add((float)weight);
        }
        return vector;
    }
}
