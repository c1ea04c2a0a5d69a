using System.Linq.Expressions;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Keyword (FTS5 BM25) and vector (offline embeddings, cosine) candidates fused by reciprocal rank fusion, with the
/// same
/// filters on both sides; for an index in an external store (Qdrant) the store runs the same fusion in one hybrid
/// query. Keyword search catches exact wording the hashing model blurs; vectors catch the lexicon's
/// paraphrases and typos that share no whole word. Results are collapsed to the best chunk per evidence record.
/// </summary>
/// <remarks>With a <see cref="MeaningReranker"/>, the first fused candidates are re-ordered by the full language
/// model.</remarks>
public sealed class HybridSearcher(SearchIndex index, MeaningReranker? reranker = null)
{
    /// <summary>
    /// How many candidates each side returns per requested hit; RRF needs some depth to reward agreement.
    /// </summary>
    public const int CandidateFactor = 4;
    public const int MinCandidates = 40;

    public async Task<SearchResult> SearchAsync(
        string query,
        SearchFilters? filters = null,
        int top = 10,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        filters ??= SearchFilters.None;
        var notes = new List<string>();
        var filterTouchpoint = filters.Touchpoint is not null;
        if (filterTouchpoint && !await index.Keywords.HasTouchpointsAsync(cancellationToken).ConfigureAwait(false))
        {
            // An index refreshed without a tagger has empty touchpoint lists; filtering would silently return nothing.
            notes.Add(
                $"touchpoint filter '{filters.Touchpoint}' ignored: this search index "
                    + $"has no touchpoint tags (refresh it with a catalog)."
            );
            filterTouchpoint = false;
        }

        // With a reranker, each side returns enough candidates for the reranker's depth as for that many hits.
        var wanted = reranker is null ? top : Math.Max(top, MeaningReranker.Depth);
        var candidates = Math.Max(wanted * CandidateFactor, MinCandidates);
        if (index.Hybrid is { } hybrid)
        {
            var found = await ExternalSearchAsync(
                    hybrid,
                    query,
                    filters,
                    filterTouchpoint,
                    candidates,
                    top,
                    cancellationToken
                )
                .ConfigureAwait(false);
            return new SearchResult(found, notes);
        }
        var keyword = await index
            .Keywords.SearchAsync(query, filters, filterTouchpoint, candidates, cancellationToken)
            .ConfigureAwait(false);
        var vector = await VectorSearchAsync(query, filters, filterTouchpoint, candidates, cancellationToken)
            .ConfigureAwait(false);

        var fused = ReciprocalRankFusion.Fuse([keyword, vector]);
        var rows = await index.Keywords.GetAsync([.. fused.Select(f => f.Id)], cancellationToken).ConfigureAwait(false);
        var keywordRank = RankLookup(keyword);
        var vectorRank = RankLookup(vector);
        var hits = new List<SearchHit>();
        var seenEvidence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, score) in fused)
        {
            if (hits.Count == wanted)
            {
                break;
            }
            if (!rows.TryGetValue(id, out var row) || !seenEvidence.Add(row.EvidenceId))
            {
                continue;
            }
            hits.Add(
                new SearchHit(
                    row.ChunkId,
                    row.EvidenceId,
                    row.RecordId,
                    row.Source,
                    row.Line,
                    row.Channel,
                    row.Text,
                    score,
                    keywordRank.TryGetValue(id, out var k) ? k : null,
                    vectorRank.TryGetValue(id, out var v) ? v : null
                )
                {
                    Touchpoints = row.Touchpoints,
                    Sentiment = row.Sentiment,
                }
            );
        }
        if (reranker is not null)
        {
            hits = (await reranker.RerankAsync(query, hits, cancellationToken).ConfigureAwait(false))
                .Take(top)
                .ToList();
        }
        return new SearchResult(hits, notes);
    }

    private async Task<IReadOnlyList<string>> VectorSearchAsync(
        string query,
        SearchFilters filters,
        bool filterTouchpoint,
        int top,
        CancellationToken cancellationToken
    )
    {
        if (
            !await index.Vectors.CollectionExistsAsync(cancellationToken).ConfigureAwait(false)
            || string.IsNullOrWhiteSpace(query)
        )
        {
            return [];
        }
        var embedding = await index
            .Generator.GenerateAsync([query], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var sources = filters.NormalisedSource is { } source
            ? await index.Keywords.SourceSpellingsAsync(source, cancellationToken).ConfigureAwait(false)
            : null;
        var options = new VectorSearchOptions<EvidenceChunkRecord>
        {
            Filter = BuildFilter(filters, filterTouchpoint, sources),
        };
        var ids = new List<string>();
        await foreach (
            var result in index
                .Vectors.SearchAsync(embedding[0].Vector, top, options, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            ids.Add(result.Record.ChunkId);
        }
        return ids;
    }

    /// <summary>
    /// Hybrid search inside the external store (Qdrant): one query with the embedded question and its keywords, the
    /// same
    /// filters and candidate depth as the in-process fusion, collapsed to the best chunk per evidence record. The store
    /// fuses inside, so the per-side ranks are not known (null on the hits).
    /// </summary>
    private async Task<List<SearchHit>> ExternalSearchAsync(
        IKeywordHybridSearchable<EvidenceChunkRecord> hybrid,
        string query,
        SearchFilters filters,
        bool filterTouchpoint,
        int candidates,
        int top,
        CancellationToken cancellationToken
    )
    {
        var hits = new List<SearchHit>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return hits;
        }
        var embedding = await index
            .Generator.GenerateAsync([query], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var sources = filters.NormalisedSource is { } source
            ? await index.Keywords.SourceSpellingsAsync(source, cancellationToken).ConfigureAwait(false)
            : null;
        var options = new HybridSearchOptions<EvidenceChunkRecord>
        {
            Filter = BuildFilter(filters, filterTouchpoint, sources),
            AdditionalProperty = r => r.Text,
        };
        var keywords = KeywordIndex.QueryWords(query).ToList();
        var seenEvidence = new HashSet<string>(StringComparer.Ordinal);
        var wanted = reranker is null ? top : Math.Max(top, MeaningReranker.Depth);
        await foreach (
            var result in hybrid
                .HybridSearchAsync(embedding[0].Vector, keywords, candidates, options, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            var r = result.Record;
            if (hits.Count == wanted)
            {
                break;
            }
            if (!seenEvidence.Add(r.EvidenceId))
            {
                continue;
            }
            hits.Add(
                new SearchHit(
                    r.ChunkId,
                    r.EvidenceId,
                    r.RecordId,
                    r.Source,
                    r.Line,
                    r.Channel,
                    r.Text,
                    result.Score ?? 0,
                    null,
                    null
                )
                {
                    Touchpoints = r.Touchpoints,
                    Sentiment = r.Sentiment,
                }
            );
        }
        return reranker is null
            ? hits
            : [.. (await reranker.RerankAsync(query, hits, cancellationToken).ConfigureAwait(false)).Take(top)];
    }

    /// <summary>
    /// The vector-side twin of the SQL WHERE clause in <see cref="KeywordIndex.SearchAsync"/>, built from only the
    /// active
    /// filters (null when none) out of equality, <c>Contains</c> and ranges, so Qdrant's translator accepts it too.
    /// <paramref name="sources"/> are the stored spellings of the requested source file name (the keyword side compares
    /// without case; a vector store compares exactly).
    /// </summary>
    internal static Expression<Func<EvidenceChunkRecord, bool>>? BuildFilter(
        SearchFilters filters,
        bool filterTouchpoint,
        IReadOnlyList<string>? sources = null
    )
    {
        var conditions = new List<Expression<Func<EvidenceChunkRecord, bool>>>();
        if (filters.NormalisedChannel is { } channel)
        {
            conditions.Add(r => r.Channel == channel);
        }
        if (filters.NormalisedSource is not null)
        {
            var names = sources is { Count: > 0 } ? sources.ToList() : [filters.NormalisedSource];
            conditions.Add(r => names.Contains(r.Source));
        }
        if (filters.SinceMs is { } since)
        {
            conditions.Add(r => r.TimestampUnixMs >= since);
        }
        if (filters.UntilMs is { } until)
        {
            conditions.Add(r => r.TimestampUnixMs < until);
        }
        if (filterTouchpoint && filters.Touchpoint is { } touchpoint)
        {
            conditions.Add(r => r.Touchpoints.Contains(touchpoint));
        }
        if (filters.NormalisedSentiment is { } sentiment)
        {
            conditions.Add(r => r.Sentiment == sentiment);
        }
        if (conditions.Count == 0)
        {
            return null;
        }

        var parameter = conditions[0].Parameters[0];
        var body = conditions[0].Body;
        foreach (var next in conditions.Skip(1))
        {
            body = Expression.AndAlso(body, new ParameterSwap(next.Parameters[0], parameter).Visit(next.Body));
        }
        return Expression.Lambda<Func<EvidenceChunkRecord, bool>>(body, parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }

    private static Dictionary<string, int> RankLookup(IReadOnlyList<string> ranking)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranking.Count; i++)
        {
            ranks.TryAdd(ranking[i], i + 1);
        }
        return ranks;
    }
}
