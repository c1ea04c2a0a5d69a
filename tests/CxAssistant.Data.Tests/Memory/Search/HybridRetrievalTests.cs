using CxAssistant.Data.Memory.Search;
using Xunit.Abstractions;

namespace CxAssistant.Data.Tests.Memory.Search;

/// <summary>
/// Recall@10 and MRR of keyword-only, vector-only and fused ranking on the 45-query dev set (same labels and capped
/// recall as <see cref="RetrievalEvaluation"/>), each sample indexed into its own <see cref="SearchIndex"/>.
/// </summary>
public sealed class HybridRetrievalTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task HybridSearch_DevSet_AtLeastAsGoodAsVectorsAlone()
    {
        var indexes = new Dictionary<string, SearchIndex>(StringComparer.Ordinal);
        try
        {
            foreach (var sample in RetrievalDevSet.Queries.Select(q => q.Sample).Distinct())
            {
                var index = SearchIndex.Open(Path.Combine(_folder.Path, sample));
                var records = SampleCorpus
                    .All.Where(c => c.Label.StartsWith(sample + "/", StringComparison.Ordinal))
                    .Select(c => c.Record)
                    .DistinctBy(r => r.Id);
                await index.RefreshAsync(records);
                indexes[sample] = index;
            }
            var keyword = await EvaluateAsync(indexes, (index, q) =>
                index.Keywords.SearchAsync(q, SearchFilters.None, false, 200, default)
            );
            var vector = await EvaluateAsync(indexes, async (index, q) =>
            {
                var embedding = await index.Generator.GenerateAsync([q]);
                return await index
                    .Vectors.SearchAsync(embedding[0].Vector, 200)
                    .Select(r => r.Record.ChunkId)
                    .ToListAsync();
            });
            var hybrid = await EvaluateAsync(indexes, async (index, q) =>
                [.. (await new HybridSearcher(index).SearchAsync(q, top: 10)).Hits.Select(h => h.ChunkId)]
            );

            output.WriteLine($"keyword: recall@10 {keyword.Recall:F3}, MRR {keyword.Mrr:F3}");
            output.WriteLine($"vector:  recall@10 {vector.Recall:F3}, MRR {vector.Mrr:F3}");
            output.WriteLine($"hybrid:  recall@10 {hybrid.Recall:F3}, MRR {hybrid.Mrr:F3}");
            Assert.True(hybrid.Recall >= 0.60, $"hybrid recall@10 {hybrid.Recall:F3}");
            Assert.True(
                hybrid.Recall >= vector.Recall - 0.02,
                $"hybrid {hybrid.Recall:F3} vs vector {vector.Recall:F3}"
            );
        }
        finally
        {
            foreach (var index in indexes.Values)
            {
                index.Dispose();
            }
        }
    }

    private static async Task<(double Recall, double Mrr)> EvaluateAsync(
        IReadOnlyDictionary<string, SearchIndex> indexes,
        Func<SearchIndex, string, Task<IReadOnlyList<string>>> rank
    )
    {
        var recalls = new List<double>();
        var reciprocal = new List<double>();
        foreach (var q in RetrievalDevSet.Queries)
        {
            var relevant = SampleCorpus
                .All.Where(c =>
                    c.Label.StartsWith(q.Sample + "/", StringComparison.Ordinal) && q.Relevant.IsMatch(c.Record.Text)
                )
                .Select(c => c.Label)
                .ToHashSet(StringComparer.Ordinal);
            var index = indexes[q.Sample];
            var chunkIds = await rank(index, q.Text);
            var rows = await index.Keywords.GetAsync(chunkIds.ToList(), default);
            var ranked = chunkIds
                .Where(rows.ContainsKey)
                .Select(id =>
                    q.Sample
                    + "/"
                    + rows[id].Source
                    + ":"
                    + rows[id].Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
                .Distinct()
                .ToList();
            recalls.Add((double)ranked.Take(10).Count(relevant.Contains) / Math.Min(10, relevant.Count));
            var first = ranked.FindIndex(relevant.Contains);
            reciprocal.Add(first < 0 ? 0 : 1.0 / (first + 1));
        }
        return (recalls.Average(), reciprocal.Average());
    }
}
