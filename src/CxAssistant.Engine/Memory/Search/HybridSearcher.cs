using System.Linq.Expressions;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Engine.Memory.Search;

/// <summary>
/// Keyword (FTS5 BM25) and vector (offline embeddings, cosine) candidates fused by reciprocal rank fusion, with the same
/// filters on both sides. Keyword search catches exact wording the hashing model blurs; vectors catch the lexicon's
/// paraphrases and typos that share no whole word. Results are collapsed to the best chunk per evidence record.
/// </summary>
public sealed class HybridSearcher(SearchIndex index)
{
    /// <summary>How many candidates each side returns per requested hit; RRF needs some depth to reward agreement.</summary>
    public const int CandidateFactor = 4;
    public const int MinCandidates = 40;

    public async Task<SearchResult> SearchAsync(string query, SearchFilters? filters = null, int top = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        filters ??= SearchFilters.None;
        var notes = new List<string>();
        var filterTouchpoint = filters.Touchpoint is not null;
        if (filterTouchpoint && !await index.Keywords.HasTouchpointsAsync(cancellationToken).ConfigureAwait(false))
        {
            // Workspaces store no annotations yet, so every chunk has an empty touchpoint list; filtering would return nothing.
            notes.Add($"--touchpoint {filters.Touchpoint} ignored: the workspace has no touchpoint annotations stored yet.");
            filterTouchpoint = false;
        }

        var candidates = Math.Max(top * CandidateFactor, MinCandidates);
        var keyword = await index.Keywords.SearchAsync(query, filters, filterTouchpoint, candidates, cancellationToken).ConfigureAwait(false);
        var vector = await VectorSearchAsync(query, filters, filterTouchpoint, candidates, cancellationToken).ConfigureAwait(false);

        var fused = ReciprocalRankFusion.Fuse([keyword, vector]);
        var rows = await index.Keywords.GetAsync([.. fused.Select(f => f.Id)], cancellationToken).ConfigureAwait(false);
        var keywordRank = RankLookup(keyword);
        var vectorRank = RankLookup(vector);
        var hits = new List<SearchHit>();
        var seenEvidence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, score) in fused)
        {
            if (hits.Count == top) break;
            if (!rows.TryGetValue(id, out var row) || !seenEvidence.Add(row.EvidenceId)) continue;
            hits.Add(new SearchHit(row.ChunkId, row.EvidenceId, row.RecordId, row.Source, row.Line, row.Channel, row.Text, score,
                keywordRank.TryGetValue(id, out var k) ? k : null, vectorRank.TryGetValue(id, out var v) ? v : null));
        }
        return new SearchResult(hits, notes);
    }

    private async Task<IReadOnlyList<string>> VectorSearchAsync(string query, SearchFilters filters, bool filterTouchpoint, int top, CancellationToken cancellationToken)
    {
        if (!await index.Vectors.CollectionExistsAsync(cancellationToken).ConfigureAwait(false) || string.IsNullOrWhiteSpace(query)) return [];
        var embedding = await index.Generator.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false);
        var options = new VectorSearchOptions<EvidenceChunkRecord> { Filter = BuildFilter(filters, filterTouchpoint) };
        var ids = new List<string>();
        await foreach (var result in index.Vectors.SearchAsync(embedding[0].Vector, top, options, cancellationToken).ConfigureAwait(false))
            ids.Add(result.Record.ChunkId);
        return ids;
    }

    /// <summary>The vector-side twin of the SQL WHERE clause in <see cref="KeywordIndex.SearchAsync"/>.</summary>
    internal static Expression<Func<EvidenceChunkRecord, bool>> BuildFilter(SearchFilters filters, bool filterTouchpoint)
    {
        var channel = filters.NormalisedChannel;
        var source = filters.NormalisedSource;
        var since = filters.SinceMs;
        var until = filters.UntilMs;
        var touchpoint = filterTouchpoint ? filters.Touchpoint : null;
        return r => (channel == null || r.Channel == channel)
                    && (source == null || string.Equals(r.Source, source, StringComparison.OrdinalIgnoreCase))
                    && (since == null || (r.TimestampUnixMs != null && r.TimestampUnixMs >= since))
                    && (until == null || (r.TimestampUnixMs != null && r.TimestampUnixMs < until))
                    && (touchpoint == null || r.Touchpoints.Contains(touchpoint));
    }

    private static Dictionary<string, int> RankLookup(IReadOnlyList<string> ranking)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranking.Count; i++) ranks.TryAdd(ranking[i], i + 1);
        return ranks;
    }
}
