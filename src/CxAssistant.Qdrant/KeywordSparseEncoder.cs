using System.IO.Hashing;
using System.Text;
using CxAssistant.Data.Memory.Search;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

/// <summary>
/// SQLite FTS5's <c>bm25()</c> as Qdrant sparse vectors, built from the embedded keyword index's own terms
/// (<see cref="KeywordTokenizer"/>), so both stores rank keyword matches the same. A document stores, per term, FTS5's
/// term-frequency part <c>tf·(k1+1) / (tf + k1·(1 − b + b·|D|/avgdl))</c> and lists its terms in a payload field; a
/// query weighs each term by FTS5's IDF <c>ln((N − df + 0.5)/(df + 0.5))</c> (at least 1e-6), N and df counted exactly
/// by
/// Qdrant over that field. The dot product over shared terms is then FTS5's score (fts5_aux.c, fts5Bm25Function).
/// Qdrant's own IDF modifier is not used: its <c>ln(1 + …)</c> keeps weight on words in most chunks ("the", "was"),
/// which
/// FTS5 ignores, and multi-word questions then rank differently in the two stores.
/// </summary>
internal sealed class KeywordSparseEncoder(KeywordTokenizer tokenizer)
{
    /// <summary>FTS5's bm25() defaults.</summary>
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>One document's sparse vector and its distinct term dimensions (for the term payload field).</summary>
    public sealed record Document(SparseVector Vector, long[] Terms);

    /// <summary>Sparse vectors of <paramref name="texts"/>, given the collection's average length in tokens.</summary>
    public IReadOnlyList<Document> Documents(
        IReadOnlyList<string> texts,
        double averageLength,
        CancellationToken cancellationToken
    )
    {
        var terms = tokenizer.Tokenize(texts, cancellationToken);
        var documents = new Document[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var norm = K1 * (1 - B + B * terms[i].Length / Math.Max(averageLength, 1e-9));
            var vector = Build(terms[i].Counts.Select(t => (Dimension(t.Key), t.Value * (K1 + 1) / (t.Value + norm))));
            documents[i] = new Document(vector, [.. vector.Indices.Select(d => (long)d)]);
        }
        return documents;
    }

    /// <summary>Token counts of <paramref name="texts"/> (to learn the average length from the first write).</summary>
    public IReadOnlyList<int> Lengths(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        [.. tokenizer.Tokenize(texts, cancellationToken).Select(t => t.Length)];

    /// <summary>
    /// The query's term dimensions, each with how many of its words reduce to it (FTS5 scores each phrase).
    /// </summary>
    public IReadOnlyDictionary<uint, int> QueryTerms(IEnumerable<string> keywords, CancellationToken cancellationToken)
    {
        var result = new Dictionary<uint, int>();
        foreach (var (term, count) in tokenizer.QueryTerms(keywords, cancellationToken))
        {
            result[Dimension(term)] = result.GetValueOrDefault(Dimension(term)) + count;
        }
        return result;
    }

    /// <summary>
    /// FTS5's IDF: <c>ln((N − df + 0.5)/(df + 0.5))</c>, floored at 1e-6 for terms in more than half the chunks.
    /// </summary>
    public static double Idf(ulong total, ulong withTerm)
    {
        var idf = Math.Log((total - (double)withTerm + 0.5) / (withTerm + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    /// <summary>The query vector: each term's count times its IDF.</summary>
    public static SparseVector Query(IReadOnlyDictionary<uint, int> terms, IReadOnlyDictionary<uint, double> idf) =>
        Build(terms.Select(t => (t.Key, t.Value * idf[t.Key])));

    /// <summary>
    /// The dimension of a term: its 32-bit xxHash (collisions among a workspace's terms are vanishingly rare).
    /// </summary>
    public static uint Dimension(string term) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(term));

    // Qdrant requires unique indices (sorting is optional, but sorted is how it stores them); colliding terms add up.
    private static SparseVector Build(IEnumerable<(uint Index, double Weight)> weights)
    {
        var byIndex = new SortedDictionary<uint, double>();
        foreach (var (index, weight) in weights)
        {
            byIndex[index] = byIndex.GetValueOrDefault(index) + weight;
        }
        var vector = new SparseVector();
        foreach (var (index, weight) in byIndex)
        {
            vector.Indices.Add(index);
            vector.Values.Add((float)weight);
        }
        return vector;
    }
}
