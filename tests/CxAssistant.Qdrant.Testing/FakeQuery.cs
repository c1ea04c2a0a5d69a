using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// The Query API as the contract server evaluates it (Qdrant docs, "Hybrid and Multi-Stage Queries"): prefetches run
/// first with the outer filter merged into each (lib/shard/src/query/planned_query.rs), then the outer query — a
/// nearest
/// search, or reciprocal rank fusion of the prefetch results, <c>1 / (k + position)</c> with 0-based positions and k =
/// 2
/// unless given (lib/segment/src/common/reciprocal_rank_fusion.rs). Dense search is exact cosine over normalised
/// vectors;
/// sparse search is the dot product over shared indices, with query weights scaled by
/// <c>ln(1 + (N − df + 0.5)/(df + 0.5))</c> when the vector has the IDF modifier (query_context.rs); points sharing no
/// index with the query are not returned.
/// </summary>
internal static class FakeQuery
{
    private const uint DefaultRrfK = 2;

    public sealed record Scored(StoredPoint Point, float Score);

    public static List<Scored> Run(FakeCollection collection, QueryPoints request)
    {
        FakeFilter.CheckIndexed(collection, request.Filter);
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var offset = request.HasOffset ? (int)request.Offset : 0;
        var results = Evaluate(
            collection,
            request.Query,
            request.HasUsing ? request.Using : "",
            request.Prefetch,
            request.Filter,
            limit + offset
        );
        return
        [
            .. results
                .Where(r => !request.HasScoreThreshold || r.Score >= request.ScoreThreshold)
                .Skip(offset)
                .Take(limit),
        ];
    }

    private static List<Scored> Evaluate(
        FakeCollection collection,
        Query? query,
        string vectorName,
        IEnumerable<PrefetchQuery> prefetches,
        Filter? filter,
        int limit
    )
    {
        var sources = prefetches
            .Select(p =>
            {
                var merged = FakeFilter.Merge(filter, p.Filter);
                FakeFilter.CheckIndexed(collection, merged);
                var scored = Evaluate(
                    collection,
                    p.Query,
                    p.HasUsing ? p.Using : "",
                    p.Prefetch,
                    merged,
                    p.HasLimit ? (int)p.Limit : 10
                );
                return scored.Where(s => !p.HasScoreThreshold || s.Score >= p.ScoreThreshold).ToList();
            })
            .ToList();
        if (query is null)
        {
            throw Invalid("Wrong input: query is required when prefetch is empty");
        }
        return query.VariantCase switch
        {
            Query.VariantOneofCase.Nearest when sources.Count == 0 => Nearest(
                collection,
                query.Nearest,
                vectorName,
                filter,
                null,
                limit
            ),
            Query.VariantOneofCase.Nearest => Nearest(
                collection,
                query.Nearest,
                vectorName,
                filter,
                sources.SelectMany(s => s).Select(s => s.Point.Key).ToHashSet(StringComparer.Ordinal),
                limit
            ),
            Query.VariantOneofCase.Rrf => Fuse(
                sources,
                query.Rrf.HasK ? query.Rrf.K : DefaultRrfK,
                query.Rrf.Weights,
                limit
            ),
            Query.VariantOneofCase.Fusion when query.Fusion == Fusion.Rrf => Fuse(sources, DefaultRrfK, [], limit),
            _ => throw new RpcException(
                new Status(
                    StatusCode.Unimplemented,
                    $"contract server: query {query.VariantCase} ({query.Fusion}) is not implemented"
                )
            ),
        };
    }

    private static List<Scored> Nearest(
        FakeCollection collection,
        VectorInput input,
        string name,
        Filter? filter,
        HashSet<string>? among,
        int limit
    )
    {
        IEnumerable<StoredPoint> candidates = collection.Points.Values.Where(p => FakeFilter.Matches(filter, p));
        if (among is not null)
        {
            candidates = candidates.Where(p => among.Contains(p.Key));
        }
        List<Scored> scored;
        if (collection.Dense.TryGetValue(name, out var parameters))
        {
            if (input.VariantCase != VectorInput.VariantOneofCase.Dense)
            {
                throw Invalid($"Wrong input: Query of type {input.VariantCase} does not fit dense vector '{name}'");
            }
            var query = input.Dense.Data.ToArray();
            if ((ulong)query.Length != parameters.Size)
            {
                throw Invalid(
                    $"Wrong input: Vector dimension error: expected dim: {parameters.Size}, got {query.Length}"
                );
            }
            if (parameters.Distance == Distance.Cosine)
            {
                query = VectorMath.Normalise(query);
            }
            scored =
            [
                .. candidates
                    .Where(p => p.Dense.ContainsKey(name))
                    .Select(p => new Scored(p, VectorMath.Dot(query, p.Dense[name]))),
            ];
        }
        else if (collection.Sparse.TryGetValue(name, out var sparseParameters))
        {
            if (input.VariantCase != VectorInput.VariantOneofCase.Sparse)
            {
                throw Invalid($"Wrong input: Query of type {input.VariantCase} does not fit sparse vector '{name}'");
            }
            var query = FakeCollection.ValidSparse(input.Sparse);
            var weights = sparseParameters.Modifier == Modifier.Idf ? Idf(collection, name, query) : null;
            scored =
            [
                .. candidates
                    .Where(p => p.Sparse.ContainsKey(name))
                    .Select(p => (Point: p, Score: VectorMath.SparseDot(query, p.Sparse[name], weights)))
                    .Where(s => s.Score is not null)
                    .Select(s => new Scored(s.Point, s.Score!.Value)),
            ];
        }
        else
        {
            throw Invalid($"Wrong input: Not existing vector name error: {name}");
        }
        // Stable sort: equal scores keep point-id order, so results are deterministic.
        return [.. scored.OrderByDescending(s => s.Score).Take(limit)];
    }

    private static Dictionary<uint, float> Idf(FakeCollection collection, string name, SparseVector query)
    {
        var withVector = collection.Points.Values.Where(p => p.Sparse.ContainsKey(name)).ToList();
        var n = (float)withVector.Count;
        var weights = new Dictionary<uint, float>();
        foreach (var index in query.Indices)
        {
            var df = (float)withVector.Count(p => p.Sparse[name].Indices.Contains(index));
            weights[index] = MathF.Log((n - df + 0.5f) / (df + 0.5f) + 1f);
        }
        return weights;
    }

    private static List<Scored> Fuse(List<List<Scored>> sources, uint k, IList<float> weights, int limit)
    {
        if (weights.Count > 0 && weights.Count != sources.Count)
        {
            throw Invalid(
                $"Wrong input: Number of weights in RRF should match number of "
                    + $"pre-fetches: got {weights.Count}, expected {sources.Count}"
            );
        }
        var fused = new Dictionary<string, Scored>(StringComparer.Ordinal);
        for (var s = 0; s < sources.Count; s++)
        {
            var weight = weights.Count > 0 ? weights[s] : 1f;
            for (var position = 0; position < sources[s].Count; position++)
            {
                var point = sources[s][position].Point;
                var score = weight <= 0 ? 0f : 1f / ((position + 1) / weight + k - 1f);
                var key = point.Key;
                fused[key] = fused.TryGetValue(key, out var seen)
                    ? seen with
                    {
                        Score = seen.Score + score,
                    }
                    : new Scored(point, score);
            }
        }
        return [.. fused.Values.OrderByDescending(s => s.Score).Take(limit)];
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
