using System.Runtime.CompilerServices;
using CxAssistant.Data.Memory;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant;

public sealed partial class QdrantEvidenceCollection
{
    /// <summary>
    /// RRF constant Qdrant adds to a 0-based rank (its default is 2). 61 reproduces the original paper's k = 60 over
    /// 1-based ranks, the constant the embedded hybrid search fuses with, so both stores score a hit the same.
    /// </summary>
    public const uint RrfK = 61;

    /// <summary>
    /// Nearest chunks to a dense vector (Query API, <c>using</c> = <see cref="DenseVectorName"/>), filtered in Qdrant.
    /// </summary>
    public override async IAsyncEnumerable<VectorSearchResult<EvidenceChunkRecord>> SearchAsync<TInput>(
        TInput searchValue,
        int top,
        VectorSearchOptions<EvidenceChunkRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var vector = DenseOf(searchValue);
        var filter = QdrantFilterTranslator.Translate(options?.Filter);
        var points = await CallAsync(
                "query points",
                () =>
                    Client.QueryAsync(
                        Name,
                        query: vector,
                        usingVector: DenseVectorName,
                        filter: filter,
                        scoreThreshold: (float?)options?.ScoreThreshold,
                        limit: (ulong)top,
                        offset: (ulong)(options?.Skip ?? 0),
                        payloadSelector: RecordPayload,
                        vectorsSelector: Vectors(options?.IncludeVectors ?? false),
                        cancellationToken: cancellationToken
                    ),
                cancellationToken
            )
            .ConfigureAwait(false);
        foreach (var point in points)
        {
            yield return new(ToRecord(point.Id, point.Payload, point.Vectors), point.Score);
        }
    }

    /// <summary>
    /// Hybrid search inside Qdrant: one Query API call with two prefetches — the keywords' BM25 sparse vector against
    /// <see cref="KeywordVectorName"/> and the dense vector against <see cref="DenseVectorName"/> — fused by
    /// reciprocal rank fusion (<see cref="RrfK"/>). The filter sits on the outer query, from where Qdrant propagates it
    /// into
    /// every prefetch (Qdrant docs, "Hybrid and Multi-Stage Queries"; lib/shard/src/query/planned_query.rs). Each
    /// prefetch
    /// fetches <c>top + skip</c> candidates, as the docs require for an offset on the outer query. Keywords without a
    /// single indexed term leave only the dense prefetch.
    /// </summary>
    public async IAsyncEnumerable<VectorSearchResult<EvidenceChunkRecord>> HybridSearchAsync<TInput>(
        TInput searchValue,
        ICollection<string> keywords,
        int top,
        HybridSearchOptions<EvidenceChunkRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default
    )
        where TInput : notnull
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (options?.AdditionalProperty is { } property && !IsText(property))
        {
            throw new NotSupportedException(
                $"Qdrant adapter: keyword search runs over {nameof(EvidenceChunkRecord.Text)} only, not '{property}'."
            );
        }
        var skip = options?.Skip ?? 0;
        var depth = (ulong)(top + skip);
        // Keyword prefetch first, like the embedded fusion's [keyword, vector] order (RRF ties keep it there).
        var prefetch = new List<PrefetchQuery>();
        var sparse = await KeywordQueryAsync(keywords, cancellationToken).ConfigureAwait(false);
        if (sparse.Indices.Count > 0)
        {
            prefetch.Add(
                new PrefetchQuery
                {
                    Query = new VectorInput { Sparse = sparse },
                    Using = KeywordVectorName,
                    Limit = depth,
                }
            );
        }
        prefetch.Add(
            new PrefetchQuery
            {
                Query = DenseOf(searchValue),
                Using = DenseVectorName,
                Limit = depth,
            }
        );
        var filter = QdrantFilterTranslator.Translate(options?.Filter);
        var points = await CallAsync(
                "hybrid query",
                () =>
                    Client.QueryAsync(
                        Name,
                        query: new Rrf { K = RrfK },
                        prefetch: prefetch,
                        filter: filter,
                        scoreThreshold: (float?)options?.ScoreThreshold,
                        limit: (ulong)top,
                        offset: (ulong)skip,
                        payloadSelector: RecordPayload,
                        vectorsSelector: Vectors(options?.IncludeVectors ?? false),
                        cancellationToken: cancellationToken
                    ),
                cancellationToken
            )
            .ConfigureAwait(false);
        foreach (var point in points)
        {
            yield return new(ToRecord(point.Id, point.Payload, point.Vectors), point.Score);
        }
    }

    /// <summary>
    /// The keyword prefetch's query: FTS5's IDF per term from exact counts over the whole collection — N points, and df
    /// points whose term field holds the term (a keyword match on an integer payload index) — as FTS5 computes it over
    /// the whole table, whatever the filter. The counts run concurrently.
    /// </summary>
    private async Task<SparseVector> KeywordQueryAsync(
        ICollection<string> keywords,
        CancellationToken cancellationToken
    )
    {
        var terms = _encoder.QueryTerms(keywords, cancellationToken);
        if (terms.Count == 0)
        {
            return new SparseVector();
        }
        var total = CallAsync(
            "count points",
            () => Client.CountAsync(Name, exact: true, cancellationToken: cancellationToken),
            cancellationToken
        );
        var perTerm = terms
            .Keys.Select(term =>
                (
                    term,
                    count: CallAsync(
                        "count term",
                        () =>
                            Client.CountAsync(
                                Name,
                                new Filter
                                {
                                    Must =
                                    {
                                        new Condition
                                        {
                                            Field = new FieldCondition
                                            {
                                                Key = QdrantPayload.TermsKey,
                                                Match = new Match { Integer = term },
                                            },
                                        },
                                    },
                                },
                                exact: true,
                                cancellationToken: cancellationToken
                            ),
                        cancellationToken
                    )
                )
            )
            .ToList();
        await Task.WhenAll(perTerm.Select(p => p.count).Append(total)).ConfigureAwait(false);
        var idf = perTerm.ToDictionary(p => p.term, p => KeywordSparseEncoder.Idf(total.Result, p.count.Result));
        return KeywordSparseEncoder.Query(terms, idf);
    }

    private float[] DenseOf<TInput>(TInput value)
    {
        var vector = value switch
        {
            ReadOnlyMemory<float> memory => memory.ToArray(),
            float[] array => array,
            Embedding<float> embedding => embedding.Vector.ToArray(),
            _ => throw new NotSupportedException(
                $"Qdrant adapter: search values of type {typeof(TInput).Name} are not "
                    + $"supported; pass ReadOnlyMemory<float>, float[] or "
                    + "Embedding<float> (embed text with the configured IEmbeddingGenerator "
                    + "first, so every store sees the same vectors)."
            ),
        };
        return vector;
    }

    private static bool IsText(System.Linq.Expressions.Expression<Func<EvidenceChunkRecord, object?>> property) =>
        (property.Body is System.Linq.Expressions.UnaryExpression u ? u.Operand : property.Body)
            is System.Linq.Expressions.MemberExpression { Member.Name: nameof(EvidenceChunkRecord.Text) };
}
