using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// What a response carries per point: the payload and vectors the request's selectors ask for (none by default).
/// </summary>
internal static class Selection
{
    public static RetrievedPoint Retrieved(
        StoredPoint point,
        WithPayloadSelector? payload,
        WithVectorsSelector? vectors
    )
    {
        var result = new RetrievedPoint { Id = point.Id.Clone(), Vectors = Vectors(point, vectors) };
        Payload(point, payload, result.Payload);
        return result;
    }

    public static ScoredPoint Scored(
        StoredPoint point,
        float score,
        WithPayloadSelector? payload,
        WithVectorsSelector? vectors
    )
    {
        var result = new ScoredPoint
        {
            Id = point.Id.Clone(),
            Score = score,
            Vectors = Vectors(point, vectors),
        };
        Payload(point, payload, result.Payload);
        return result;
    }

    private static void Payload(
        StoredPoint point,
        WithPayloadSelector? selector,
        Google.Protobuf.Collections.MapField<string, Value> into
    )
    {
        if (selector is null)
        {
            return;
        }
        foreach (var (key, value) in point.Payload)
        {
            var wanted = selector.SelectorOptionsCase switch
            {
                WithPayloadSelector.SelectorOptionsOneofCase.Enable => selector.Enable,
                WithPayloadSelector.SelectorOptionsOneofCase.Include => selector.Include.Fields.Contains(key),
                WithPayloadSelector.SelectorOptionsOneofCase.Exclude => !selector.Exclude.Fields.Contains(key),
                _ => false,
            };
            if (wanted)
            {
                into[key] = value.Clone();
            }
        }
    }

    private static VectorsOutput? Vectors(StoredPoint point, WithVectorsSelector? selector)
    {
        if (selector is null)
        {
            return null;
        }
        bool Wanted(string name) =>
            selector.SelectorOptionsCase switch
            {
                WithVectorsSelector.SelectorOptionsOneofCase.Enable => selector.Enable,
                WithVectorsSelector.SelectorOptionsOneofCase.Include => selector.Include.Names.Contains(name),
                _ => false,
            };
        var output = new NamedVectorsOutput();
        foreach (var (name, dense) in point.Dense.Where(d => Wanted(d.Key)))
        {
            var vector = new DenseVector();
            vector.Data.Add(dense);
            output.Vectors[name] = new VectorOutput { Dense = vector };
        }
        foreach (var (name, sparse) in point.Sparse.Where(s => Wanted(s.Key)))
        {
            output.Vectors[name] = new VectorOutput { Sparse = sparse.Clone() };
        }
        return output.Vectors.Count == 0 ? null : new VectorsOutput { Vectors = output };
    }
}
